import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';
import type { RescaleSession } from '@/lib/auth/session';
import { DEFAULT_JOBS_QUERY, jobsResource } from '@/lib/url-state/jobs-query';

const { isJobsPage, isPastTheEnd, loadLastPage } = await import('./jobs-page');
const { loadForPage } = await import('../rescale/page-data');
const { errorCodeOf } = await import('../rescale/failure');

const KEY = 'f00df00df00df00df00df00df00df00df00df00d';
const HERE = '/jobs';

const job = {
  id: 'OsKBd',
  name: 'the FOAM 2',
  owner: 'mark@rescale.com',
  analysisNames: ['OpenFOAM'],
  jobStatus: { content: 'Completed', labelClass: '', useLabel: false },
  clusterStatusDisplay: { content: 'Stopped', labelClass: '', useLabel: false },
  dateInserted: '2015-03-13T23:43:21.223052Z',
  isVisible: true,
  sharedWith: [],
  storage: 8014908,
};

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

describe('the jobs page through loadForPage', () => {
  let region: TestServer;
  let answer: (url: URL, res: ServerResponse) => void;
  const session = (): RescaleSession => ({
    key: KEY,
    platform: { id: 'test', label: 'Test region', url: region.url },
    user: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
  });
  const loadJobs = (query = DEFAULT_JOBS_QUERY) =>
    loadForPage(session(), jobsResource(query), HERE, isJobsPage);

  before(async () => {
    region = await startTestServer((req, res) => answer(new URL(req.url ?? '/', region.url), res));
  });
  after(() => region.close());
  beforeEach(() => {
    region.requests.length = 0;
  });

  it('returns the page in the URL with a single call carrying every parameter', async () => {
    answer = (_url, res) => json(res, 200, { count: 1, next: null, previous: null, results: [job] });
    const loaded = await loadJobs({ ...DEFAULT_JOBS_QUERY, search: 'foam' });
    assert.equal(loaded.ok && loaded.data.results[0]?.id, 'OsKBd');
    assert.deepEqual(
      region.requests.map((req) => req.url),
      ['/api/v2/jobs/?page=1&page_size=25&search=foam&ordering=-dateInserted'],
    );
  });

  it('treats a list it cannot read as Rescale’s failure, not a crash', async () => {
    answer = (_url, res) => json(res, 200, { count: 'many', results: {} });
    const loaded = await loadJobs();
    assert.equal(loaded.ok, false);
    assert.equal(!loaded.ok && loaded.error.status, 502);
    assert.equal(!loaded.ok && errorCodeOf(loaded.error), 'upstream');
  });

  it('hands back throttling with the wait Rescale asks for', async () => {
    answer = (_url, res) =>
      json(
        res,
        429,
        { detail: 'Request was throttled. Expected available in 12 seconds.' },
        { 'retry-after': '12' },
      );
    const loaded = await loadJobs();
    assert.equal(!loaded.ok && errorCodeOf(loaded.error), 'throttled');
    assert.equal(!loaded.ok && loaded.error.retryAfterSeconds, 12);
  });

  it('keeps the platform’s own words for other failures', async () => {
    answer = (_url, res) => json(res, 503, { detail: 'Service temporarily unavailable.' });
    const loaded = await loadJobs();
    assert.equal(!loaded.ok && loaded.error.status, 503);
    assert.equal(!loaded.ok && loaded.error.detail, 'Service temporarily unavailable.');
  });

  it('finds the last page with one small call when the page asked for is past the end', async () => {
    answer = (url, res) =>
      url.searchParams.get('page') === '1'
        ? json(res, 200, { count: 520, next: null, previous: null, results: [job] })
        : json(res, 404, { detail: 'Invalid page.' });
    const query = { ...DEFAULT_JOBS_QUERY, page: 99, pageSize: 50 as const };
    const loaded = await loadJobs(query);
    assert.equal(!loaded.ok && isPastTheEnd(loaded.error, query), true);
    assert.deepEqual(await loadLastPage(session(), query, HERE), { ok: true, data: 11 });
    assert.deepEqual(
      region.requests.map((req) => req.url),
      [
        '/api/v2/jobs/?page=99&page_size=50&ordering=-dateInserted',
        '/api/v2/jobs/?page=1&page_size=1&ordering=-dateInserted',
      ],
    );
  });

  it('never takes the first page for one past the end', async () => {
    answer = (_url, res) => json(res, 404, { detail: 'Not found.' });
    const loaded = await loadJobs();
    assert.equal(!loaded.ok && isPastTheEnd(loaded.error, DEFAULT_JOBS_QUERY), false);
  });

  it('hands back the failure of the count call', async () => {
    answer = (_url, res) => json(res, 503, { detail: 'Service temporarily unavailable.' });
    const last = await loadLastPage(session(), { ...DEFAULT_JOBS_QUERY, page: 3 }, HERE);
    assert.equal(!last.ok && last.error.status, 503);
  });
});
