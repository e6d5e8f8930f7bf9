import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXCERPT_BYTES, excerptLines, excerptRange } from './file-excerpt';

describe('excerptRange', () => {
  it('asks for one end of a large file and for all of a small one', () => {
    assert.equal(excerptRange('end', EXCERPT_BYTES * 10), `bytes=-${EXCERPT_BYTES}`);
    assert.equal(excerptRange('start', EXCERPT_BYTES * 10), `bytes=0-${EXCERPT_BYTES - 1}`);
    assert.equal(excerptRange('end', 100), null);
  });
});

describe('excerptLines', () => {
  it('drops the partial first line of a slice from the end, and keeps the last lines', () => {
    assert.deepEqual(excerptLines('tial\nb\nc\nd\n', 'end', 2, true), { lines: ['c', 'd'], partial: true });
  });

  it('drops the partial last line of a slice from the start', () => {
    assert.deepEqual(excerptLines('a\nb\nc\npar', 'start', 5, true), {
      lines: ['a', 'b', 'c'],
      partial: true,
    });
  });

  it('shows a whole small file as it is', () => {
    assert.deepEqual(excerptLines('a\r\nb\n', 'end', 500, false), { lines: ['a', 'b'], partial: false });
  });

  it('says a whole file with more lines than shown is partial', () => {
    assert.deepEqual(excerptLines('a\nb\nc\n', 'start', 2, false), { lines: ['a', 'b'], partial: true });
  });
});
