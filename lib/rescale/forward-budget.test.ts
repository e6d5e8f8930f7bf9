import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';

const { forwardToRescale } = await import('./forward');

const APP = 'http://app.test';

describe('the proxy and the key budget', () => {
  let region: TestServer;
  const call = (key: string, path: string) =>
    forwardToRescale(new Request(`${APP}${path}`), {
      key,
      platform: { label: 'Test region', url: region.url },
    });

  before(async () => {
    region = await startTestServer((req, res) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (req.url?.startsWith('/api/v2/users/me/')) {
        headers['x-ratelimit-limit'] = '7200';
        headers['x-ratelimit-remaining'] = '7000';
      }
      res.writeHead(200, headers).end('{}');
    });
  });

  after(() => region.close());

  it("passes Rescale's own budget headers through unchanged", async () => {
    const res = await call('1111111111111111111111111111111111111111', '/api/rescale/v2/users/me/');
    assert.equal(res.headers.get('x-ratelimit-limit'), '7200');
    assert.equal(res.headers.get('x-ratelimit-remaining'), '7000');
  });

  it('estimates the budget left from its own count of calls per key when Rescale sends none', async () => {
    const key = '2222222222222222222222222222222222222222';
    const first = await call(key, '/api/rescale/v2/jobs/');
    const second = await call(key, '/api/rescale/v2/jobs/');
    const other = await call('3333333333333333333333333333333333333333', '/api/rescale/v2/jobs/');
    const limit = Number(first.headers.get('x-ratelimit-limit'));
    assert.ok(limit > 0);
    assert.equal(Number(first.headers.get('x-ratelimit-remaining')), limit - 1);
    assert.equal(Number(second.headers.get('x-ratelimit-remaining')), limit - 2);
    assert.equal(Number(other.headers.get('x-ratelimit-remaining')), limit - 1);
  });
});
