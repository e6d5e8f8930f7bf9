import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';
import { DEFAULT_JOBS_QUERY } from '@/lib/url-state/jobs-query';

const { loadJobsPage } = await import('./jobs-page');

const KEY = 'f00df00df00df00df00df00df00df00df00df00d';

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

describe('loadJobsPage', () => {
  let region: TestServer;
  let answer: (url: URL, res: ServerResponse) => void;
  const credentials = () => ({ key: KEY, platform: { label: 'Test region', url: region.url } });

  before(async () => {
    region = await startTestServer((req, res) => answer(new URL(req.url ?? '/', region.url), res));
  });
  after(() => region.close());
  beforeEach(() => {
    region.requests.length = 0;
  });

  it('returns the page in the URL with a single call carrying every parameter', async () => {
    answer = (_url, res) => json(res, 200, { count: 1, next: null, previous: null, results: [job] });
    const outcome = await loadJobsPage(credentials(), { ...DEFAULT_JOBS_QUERY, search: 'foam' });
    assert.equal(outcome.kind, 'ok');
    assert.equal(outcome.kind === 'ok' && outcome.data.results[0]?.id, 'OsKBd');
    assert.deepEqual(
      region.requests.map((req) => req.url),
      ['/api/v2/jobs/?page=1&page_size=25&search=foam&ordering=-dateInserted'],
    );
  });

  it('names the last page when the page asked for is past the end', async () => {
    answer = (url, res) =>
      url.searchParams.get('page') === '1'
        ? json(res, 200, { count: 520, next: null, previous: null, results: [job] })
        : json(res, 404, { detail: 'Invalid page.' });
    const outcome = await loadJobsPage(credentials(), { ...DEFAULT_JOBS_QUERY, page: 99, pageSize: 50 });
    assert.deepEqual(outcome, { kind: 'past-end', lastPage: 11 });
  });

  it('reports a key Rescale rejects, so the page can send the user to sign in', async () => {
    answer = (_url, res) => json(res, 401, { detail: 'Invalid token.' });
    assert.deepEqual(await loadJobsPage(credentials(), DEFAULT_JOBS_QUERY), { kind: 'key-rejected' });
  });

  it('reports throttling with the wait Rescale asks for', async () => {
    answer = (_url, res) =>
      json(
        res,
        429,
        { detail: 'Request was throttled. Expected available in 12 seconds.' },
        { 'retry-after': '12' },
      );
    assert.deepEqual(await loadJobsPage(credentials(), DEFAULT_JOBS_QUERY), {
      kind: 'throttled',
      retryAfterSeconds: 12,
    });
  });

  it('keeps the platform own words for other failures', async () => {
    answer = (_url, res) => json(res, 503, { detail: 'Service temporarily unavailable.' });
    assert.deepEqual(await loadJobsPage(credentials(), DEFAULT_JOBS_QUERY), {
      kind: 'failed',
      status: 503,
      detail: 'Service temporarily unavailable.',
    });
  });

  it('treats a list it cannot read as a failure, not a crash', async () => {
    answer = (_url, res) => json(res, 200, { count: 'many', results: {} });
    const outcome = await loadJobsPage(credentials(), DEFAULT_JOBS_QUERY);
    assert.equal(outcome.kind, 'failed');
  });
});
