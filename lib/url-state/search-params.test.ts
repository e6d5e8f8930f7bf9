import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  pageCount,
  pageHref,
  pageNumber,
  pageSize,
  paramReader,
  trimmedText,
  wholeNumber,
} from './search-params';

describe('paramReader', () => {
  it('reads the first value from Next searchParams, URLSearchParams and a query string alike', () => {
    for (const input of [{ a: ['1', '2'] }, new URLSearchParams('a=1&a=2'), 'a=1&a=2']) {
      const param = paramReader(input);
      assert.equal(param('a'), '1');
      assert.equal(param('missing'), undefined);
    }
  });
});

describe('wholeNumber and pageNumber', () => {
  it('takes digits only', () => {
    assert.equal(wholeNumber(' 12 '), 12);
    for (const raw of [undefined, '', '1e3', '0x10', '2.0', '-1', '99999999999999999999']) {
      assert.equal(wholeNumber(raw), null, `raw=${raw}`);
    }
  });

  it('falls back to the first page below 1 and above the limit', () => {
    assert.equal(pageNumber('7'), 7);
    assert.equal(pageNumber('0'), 1);
    assert.equal(pageNumber('abc'), 1);
    assert.equal(pageNumber('11', 10), 1);
  });
});

describe('pageSize', () => {
  it('accepts the offered sizes and falls back to 25 otherwise', () => {
    assert.equal(pageSize('100'), 100);
    for (const raw of [undefined, '7', '25.0', 'all']) assert.equal(pageSize(raw), 25, `raw=${raw}`);
  });
});

describe('trimmedText', () => {
  it('trims, and refuses empty or over-long text', () => {
    assert.equal(trimmedText('  Cd ', 5), 'Cd');
    assert.equal(trimmedText('   ', 5), undefined);
    assert.equal(trimmedText('abcdef', 5), undefined);
    assert.equal(trimmedText(undefined, 5), undefined);
  });
});

describe('pageCount and pageHref', () => {
  it('counts at least one page', () => {
    assert.equal(pageCount(0, 25), 1);
    assert.equal(pageCount(51, 25), 3);
  });

  it('leaves page 1 out of the link and keeps the rest of the query', () => {
    assert.equal(pageHref('/files', { page_size: '50' }, 1), '/files?page_size=50');
    assert.equal(pageHref('/files', { page_size: '50' }, 3), '/files?page_size=50&page=3');
    assert.equal(pageHref('/files', {}, 1), '/files');
  });
});
