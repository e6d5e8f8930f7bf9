import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';
import { resource } from '../api/resource';
import type { RescaleSession } from '../auth/vault';

const { preloadFallbackWithin } = await import('./page-data');

describe('preloadFallbackWithin', () => {
  let region: TestServer;
  let session: RescaleSession;

  before(async () => {
    region = await startTestServer((req, res) => {
      const slow = req.url?.startsWith('/api/v2/slow/');
      // The slow call answers long after the deadline, so a busy event loop in the shared
      // test process cannot make waiting for it look like not waiting.
      setTimeout(
        () => {
          if (req.url?.startsWith('/api/v2/missing/')) res.writeHead(404).end('{"detail":"Not found."}');
          else res.setHeader('content-type', 'application/json').end(JSON.stringify({ url: req.url }));
        },
        slow ? 3_000 : 0,
      ).unref();
    });
    session = {
      key: 'f00df00df00df00df00df00df00df00df00df00d',
      platform: { id: 'test', label: 'Test region', url: region.url },
      user: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
    };
  });
  after(() => region.close());

  it('gives the fallback when every call answers in time, leaving out a failed one', async () => {
    const fast = resource('v2/fast/');
    const fallback = await preloadFallbackWithin(session, [fast, resource('v2/missing/')], '/jobs/x', 2_000);
    assert.deepEqual(fallback, { [fast.key]: { url: '/api/v2/fast/' } });
  });

  it('gives null, without waiting for it, when a call is still out at the deadline', async () => {
    const started = Date.now();
    const fallback = await preloadFallbackWithin(
      session,
      [resource('v2/fast/'), resource('v2/slow/')],
      '/jobs/x',
      50,
    );
    assert.equal(fallback, null);
    assert.ok(Date.now() - started < 1_500, `waited ${Date.now() - started} ms`);
  });
});
