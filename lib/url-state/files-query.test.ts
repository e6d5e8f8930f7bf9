import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filesHref, filesQueryString, parseFilesQuery } from './files-query';

describe('parseFilesQuery', () => {
  it('reads the page, page size and search from the URL', () => {
    assert.deepEqual(parseFilesQuery({ page: '3', page_size: '50', search: ' points ' }), {
      page: 3,
      pageSize: 50,
      search: 'points',
    });
  });

  it('falls back to the first page of 25, unsearched, on anything odd', () => {
    const first = { page: 1, pageSize: 25, search: '' };
    assert.deepEqual(parseFilesQuery({ page: '-2', page_size: '7' }), first);
    assert.deepEqual(parseFilesQuery({ page: 'x', search: '   ' }), first);
    assert.deepEqual(parseFilesQuery({}), first);
  });

  it('cuts a search longer than any name to its first 200 characters', () => {
    assert.equal(
      parseFilesQuery({ search: ` ${'x'.repeat(150)} ${'y'.repeat(150)}` }).search,
      `${'x'.repeat(150)} ${'y'.repeat(49)}`,
    );
  });

  it('takes the first of repeated parameters', () => {
    assert.deepEqual(parseFilesQuery({ page: ['2', '5'], search: ['a', 'b'] }), {
      page: 2,
      pageSize: 25,
      search: 'a',
    });
  });
});

describe('filesQueryString', () => {
  it('keeps a non-default page size and the search in page links and leaves defaults out', () => {
    assert.deepEqual(filesQueryString({ pageSize: 50, search: 'log' }), { page_size: '50', search: 'log' });
    assert.deepEqual(filesQueryString({ pageSize: 25, search: '' }), {});
  });
});

describe('files URL state round trip', () => {
  it('parses back what its links carry, and drops bad input to the defaults', () => {
    for (const query of [
      { page: 1, pageSize: 25, search: '' },
      { page: 4, pageSize: 100, search: 'run 3 & U' },
    ] as const) {
      const href = filesHref(query);
      assert.deepEqual(parseFilesQuery(href.slice(href.indexOf('?') + 1)), query);
    }
    assert.equal(filesHref({ page: 1, pageSize: 25, search: '' }), '/files');
    assert.deepEqual(parseFilesQuery('page=1e3&page_size=25.0'), { page: 1, pageSize: 25, search: '' });
  });
});
