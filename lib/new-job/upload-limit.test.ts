import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_MAX_UPLOAD_BYTES,
  parseMaxUploadBytes,
  uploadLimitFor,
  uploadSizeProblem,
  VERCEL_MAX_UPLOAD_BYTES,
} from './upload-limit';

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

describe('uploadLimitFor', () => {
  it('is 5 GiB, with nothing to say, off Vercel', () => {
    assert.deepEqual(uploadLimitFor(undefined, false), { bytes: DEFAULT_MAX_UPLOAD_BYTES, notice: null });
  });

  it('on Vercel, stays under its 4.5 MB body limit and says so before a file is tried', () => {
    const limit = uploadLimitFor(undefined, true);
    assert.ok(limit.bytes < 4_500_000 && limit.bytes > 4_400_000, `limit ${limit.bytes}`);
    assert.equal(limit.bytes, VERCEL_MAX_UPLOAD_BYTES);
    assert.equal(
      limit.notice,
      "This deployment accepts files up to 4.5 MB. Larger inputs: upload them with Rescale's own tools, then choose them here.",
    );
    assert.equal(
      uploadSizeProblem({ name: 'mesh.cas', size: 5_000_000 }, limit.bytes),
      'mesh.cas is 4.8 MiB; files over 4.3 MiB cannot be uploaded here.',
    );
    assert.equal(uploadSizeProblem({ name: 'case.inp', size: 4_000_000 }, limit.bytes), null);
  });

  it('lets NEXT_PUBLIC_MAX_UPLOAD_BYTES win on Vercel too, then without the notice', () => {
    assert.deepEqual(uploadLimitFor('1048576', true), { bytes: 1048576, notice: null });
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
