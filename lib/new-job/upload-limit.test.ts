import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_UPLOAD_BYTES, parseMaxUploadBytes, uploadSizeProblem } from './upload-limit';

describe('parseMaxUploadBytes', () => {
  it('defaults to 5 GiB when unset or blank', () => {
    assert.equal(DEFAULT_MAX_UPLOAD_BYTES, 5368709120);
    assert.equal(parseMaxUploadBytes(undefined), DEFAULT_MAX_UPLOAD_BYTES);
    assert.equal(parseMaxUploadBytes(' '), DEFAULT_MAX_UPLOAD_BYTES);
  });

  it('reads a whole number of bytes', () => {
    assert.equal(parseMaxUploadBytes('1048576'), 1048576);
  });

  it('names the variable when the value is not a positive whole number', () => {
    assert.throws(() => parseMaxUploadBytes('5GB'), /NEXT_PUBLIC_MAX_UPLOAD_BYTES/);
    assert.throws(() => parseMaxUploadBytes('0'), /NEXT_PUBLIC_MAX_UPLOAD_BYTES/);
  });
});

describe('uploadSizeProblem', () => {
  it('lets a file up to the limit through', () => {
    assert.equal(uploadSizeProblem({ name: 'a.inp', size: 1024 }, 1024), null);
  });

  it('names the file, its size and the limit when it is too large', () => {
    assert.equal(
      uploadSizeProblem({ name: 'mesh.cas', size: 3 * 1024 ** 3 }, 2 * 1024 ** 3),
      'mesh.cas is 3 GiB; files over 2 GiB cannot be uploaded here.',
    );
  });
});
