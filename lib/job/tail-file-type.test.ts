import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBinaryFileType } from './tail-file-type';

describe('isBinaryFileType', () => {
  it('takes text and empty files for text', () => {
    assert.equal(isBinaryFileType('/home/job_fNjea/work/airFoil2D/0/U: ASCII English text'), false);
    assert.equal(isBinaryFileType('/home/job_a/work/log: UTF-8 Unicode text, with very long lines'), false);
    assert.equal(isBinaryFileType('/home/job_a/work/new.log: empty'), false);
  });

  it('takes data and other formats for binary', () => {
    assert.equal(isBinaryFileType('/home/job_a/work/model@final.sim: data'), true);
    assert.equal(isBinaryFileType('/home/job_a/work/out.tar.gz: gzip compressed data'), true);
  });

  it('does not guess without a description', () => {
    assert.equal(isBinaryFileType(''), false);
    assert.equal(isBinaryFileType(undefined), false);
  });
});
