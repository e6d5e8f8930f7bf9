import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_UPLOAD_BYTES, parseMaxUploadBytes } from './upload-limit';

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
