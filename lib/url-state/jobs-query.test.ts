import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_JOBS_QUERY,
  clampPage,
  jobsHref,
  jobsKey,
  jobsResource,
  pageForSize,
  parseJobsQuery,
  sortDirection,
  toggledOrdering,
} from './jobs-query';
import { SEARCH_MAX_LENGTH } from './search-params';
import { pageCount } from './search-params';

describe('parseJobsQuery', () => {
  it('gives the defaults for an empty query', () => {
    assert.deepEqual(parseJobsQuery({}), { page: 1, pageSize: 25, search: '', ordering: '-dateInserted' });
  });

  it('reads every parameter from Next searchParams', () => {
    assert.deepEqual(parseJobsQuery({ page: '3', page_size: '100', search: 'foam', ordering: 'name' }), {
      page: 3,
      pageSize: 100,
      search: 'foam',
      ordering: 'name',
    });
  });

  it('reads a query string and URLSearchParams alike', () => {
    const expected = { page: 2, pageSize: 10, search: 'a b', ordering: '-name' };
    assert.deepEqual(parseJobsQuery('page=2&page_size=10&search=a+b&ordering=-name'), expected);
    assert.deepEqual(
      parseJobsQuery(new URLSearchParams('page=2&page_size=10&search=a%20b&ordering=-name')),
      expected,
    );
  });

  it('takes the first of repeated parameters', () => {
    assert.equal(parseJobsQuery({ page: ['4', '9'] }).page, 4);
  });

  it('falls back to page 1 for pages that are not positive whole numbers', () => {
    for (const page of ['0', '-2', '1.5', 'abc', '2abc', '', '1e3', '99999999999999999999']) {
      assert.equal(parseJobsQuery({ page }).page, 1, `page=${page}`);
    }
  });

  it('falls back to 25 rows for page sizes outside 10, 25, 50 and 100', () => {
    for (const size of ['5', '30', '1000', 'lots', '', '0x32', '50.0', '5e1']) {
      assert.equal(parseJobsQuery({ page_size: size }).pageSize, 25, `page_size=${size}`);
    }
    assert.equal(parseJobsQuery({ page_size: '50' }).pageSize, 50);
  });

  it('falls back to newest first for orderings the platform does not offer', () => {
    for (const ordering of ['storage', '-owner', 'NAME', '']) {
      assert.equal(parseJobsQuery({ ordering }).ordering, '-dateInserted', `ordering=${ordering}`);
    }
    assert.equal(parseJobsQuery({ ordering: 'dateInserted' }).ordering, 'dateInserted');
  });

  it('trims the search and cuts it to a sane length', () => {
    assert.equal(parseJobsQuery({ search: '  airfoil  ' }).search, 'airfoil');
    assert.equal(parseJobsQuery({ search: 'x'.repeat(500) }).search.length, SEARCH_MAX_LENGTH);
  });
});

describe('jobsHref', () => {
  it('is the bare path for the default view', () => {
    assert.equal(jobsHref(DEFAULT_JOBS_QUERY), '/jobs');
  });

  it('names only what differs from the defaults', () => {
    assert.equal(
      jobsHref({ ...DEFAULT_JOBS_QUERY, page: 2, search: 'cfd run' }),
      '/jobs?page=2&search=cfd+run',
    );
    assert.equal(
      jobsHref({ page: 1, pageSize: 100, search: '', ordering: 'name' }),
      '/jobs?page_size=100&ordering=name',
    );
  });

  it('round-trips through parseJobsQuery', () => {
    const query = { page: 7, pageSize: 50 as const, search: 'Crash & burn?', ordering: '-name' as const };
    const href = jobsHref(query);
    assert.deepEqual(parseJobsQuery(href.slice(href.indexOf('?') + 1)), query);
  });
});

describe('jobsResource and jobsKey', () => {
  it('spell out page, page size and ordering, since the platform defaults differ', () => {
    assert.equal(jobsResource(DEFAULT_JOBS_QUERY), 'v2/jobs/?page=1&page_size=25&ordering=-dateInserted');
  });

  it('include the search only when there is one', () => {
    assert.equal(
      jobsResource({ ...DEFAULT_JOBS_QUERY, search: 'foam' }),
      'v2/jobs/?page=1&page_size=25&search=foam&ordering=-dateInserted',
    );
  });

  it('pass the search and the ordering in the URL on to the platform, which filters and sorts', () => {
    assert.equal(
      jobsResource(parseJobsQuery('search=AIRfoL&ordering=name')),
      'v2/jobs/?page=1&page_size=25&search=AIRfoL&ordering=name',
    );
  });

  it('key the browser data by the proxy URL of the same resource', () => {
    assert.equal(
      jobsKey(DEFAULT_JOBS_QUERY),
      '/api/rescale/v2/jobs/?page=1&page_size=25&ordering=-dateInserted',
    );
  });
});

describe('pageCount and clampPage', () => {
  it('counts at least one page, even with no jobs', () => {
    assert.equal(pageCount(0, 25), 1);
    assert.equal(pageCount(520, 25), 21);
    assert.equal(pageCount(500, 25), 20);
  });

  it('clamps a page past the end to the last page', () => {
    assert.equal(clampPage(99, 520, 25), 21);
    assert.equal(clampPage(5, 520, 25), 5);
    assert.equal(clampPage(3, 0, 25), 1);
  });
});

describe('pageForSize', () => {
  it('keeps the first row of the page in view when the page size changes', () => {
    assert.equal(pageForSize(5, 25, 100), 2);
    assert.equal(pageForSize(2, 100, 10), 11);
    assert.equal(pageForSize(1, 25, 50), 1);
  });
});

describe('sorting by column', () => {
  it('reports the direction of the sorted column and none for the other', () => {
    assert.equal(sortDirection('-dateInserted', 'dateInserted'), 'descending');
    assert.equal(sortDirection('name', 'name'), 'ascending');
    assert.equal(sortDirection('name', 'dateInserted'), 'none');
  });

  it('flips the direction of the sorted column', () => {
    assert.equal(toggledOrdering('name', 'name'), '-name');
    assert.equal(toggledOrdering('-name', 'name'), 'name');
    assert.equal(toggledOrdering('-dateInserted', 'dateInserted'), 'dateInserted');
    assert.equal(toggledOrdering('dateInserted', 'dateInserted'), '-dateInserted');
  });

  it('starts names A to Z and dates newest first', () => {
    assert.equal(toggledOrdering('-dateInserted', 'name'), 'name');
    assert.equal(toggledOrdering('-name', 'dateInserted'), '-dateInserted');
  });
});
