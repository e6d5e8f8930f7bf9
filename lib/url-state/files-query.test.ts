import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filesQueryString, parseFilesQuery } from './files-query';

describe('parseFilesQuery', () => {
  it('reads the page and page size from the URL', () => {
    assert.deepEqual(parseFilesQuery({ page: '3', page_size: '50' }), { page: 3, pageSize: 50 });
  });

  it('falls back to the first page of 25 on anything odd', () => {
    assert.deepEqual(parseFilesQuery({ page: '-2', page_size: '7' }), { page: 1, pageSize: 25 });
    assert.deepEqual(parseFilesQuery({ page: 'x' }), { page: 1, pageSize: 25 });
    assert.deepEqual(parseFilesQuery({}), { page: 1, pageSize: 25 });
  });

  it('takes the first of repeated parameters', () => {
    assert.deepEqual(parseFilesQuery({ page: ['2', '5'] }), { page: 2, pageSize: 25 });
  });
});

describe('filesQueryString', () => {
  it('keeps a non-default page size in page links and leaves the default out', () => {
    assert.deepEqual(filesQueryString({ pageSize: 50 }), { page_size: '50' });
    assert.deepEqual(filesQueryString({ pageSize: 25 }), {});
  });
});

describe('files URL state round trip', () => {
  it('parses back what its links carry, and drops bad input to the defaults', () => {
    for (const query of [
      { page: 1, pageSize: 25 },
      { page: 4, pageSize: 100 },
    ] as const) {
      const params = new URLSearchParams(filesQueryString(query));
      if (query.page > 1) params.set('page', String(query.page));
      assert.deepEqual(parseFilesQuery(params), query);
    }
    assert.deepEqual(parseFilesQuery('page=1e3&page_size=25.0'), { page: 1, pageSize: 25 });
  });
});
