import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';
import { RescaleError } from './errors';

const { rescaleFetch, rescaleJson, timeoutFromEnv } = await import('./client');

const KEY = 'f00df00df00df00df00df00df00df00df00df00d';

describe('rescaleFetch', () => {
  let region: TestServer;
  let storage: TestServer;
  const credentials = () => ({ key: KEY, platform: { label: 'Test region', url: region.url } });

  before(async () => {
    storage = await startTestServer((_req, res) => res.end('stored bytes'));
    region = await startTestServer((req, res) => {
      const path = req.url ?? '';
      if (path.startsWith('/api/v2/moved/')) {
        res.writeHead(302, { location: '/api/v2/target/?from=moved' }).end();
      } else if (path.startsWith('/api/v2/files/signed/contents/')) {
        res.writeHead(302, { location: `${storage.url}/bucket/object?signature=abc` }).end();
      } else if (path.startsWith('/api/v2/see-other/')) {
        req.resume();
        res.writeHead(303, { location: '/api/v2/target/' }).end();
      } else if (path.startsWith('/api/v2/loop/')) {
        req.resume();
        res.writeHead(307, { location: '/api/v2/loop/' }).end();
      } else if (path.startsWith('/api/v2/cut-off/')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"count": 3, "results": [');
        setTimeout(() => res.destroy(), 20);
      } else if (path.startsWith('/api/v2/slow/')) {
        setTimeout(() => res.end('late'), 2000).unref();
      } else if (path.startsWith('/api/v2/jobs/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            count: 1,
            next: `${region.url}/api/v2/jobs/?page=2`,
            previous: null,
            results: [],
          }),
        );
      } else if (path.startsWith('/api/v2/missing/')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not found."}');
      } else {
        req.resume();
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`${req.method} ${path}`);
      }
    });
  });

  after(async () => {
    await region.close();
    await storage.close();
  });

  it('sends the session key as a Token to the region, and only the session key', async () => {
    const res = await rescaleFetch(credentials(), 'v2/users/me', {
      headers: { authorization: 'Token from-the-browser', cookie: 'session=stolen' },
    });
    assert.equal(await res.text(), 'GET /api/v2/users/me/');
    const seen = region.requests.at(-1)!;
    assert.equal(seen.headers.authorization, `Token ${KEY}`);
    assert.equal(seen.headers.cookie, undefined);
  });

  it('follows a redirect within the region on the server', async () => {
    const before = region.requests.length;
    const res = await rescaleFetch(credentials(), 'v2/moved/');
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'GET /api/v2/target/?from=moved');
    const hops = region.requests.slice(before);
    assert.deepEqual(
      hops.map((r) => r.url),
      ['/api/v2/moved/', '/api/v2/target/?from=moved'],
    );
    assert.ok(hops.every((r) => r.headers.authorization === `Token ${KEY}`));
  });

  it('hands a redirect to another host back as a bare redirect, never sending the key there', async () => {
    const res = await rescaleFetch(credentials(), 'v2/files/signed/contents/');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), `${storage.url}/bucket/object?signature=abc`);
    assert.deepEqual([...res.headers.keys()], ['location']);
    assert.equal(storage.requests.length, 0);
  });

  it('turns a POST into a GET after 303 See Other', async () => {
    const res = await rescaleFetch(credentials(), 'v2/see-other/', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(await res.text(), 'GET /api/v2/target/');
  });

  it('stops following a redirect loop with a 502 that says so', async () => {
    await assert.rejects(rescaleFetch(credentials(), 'v2/loop/'), (error: RescaleError) => {
      assert.equal(error.status, 502);
      assert.match(error.detail, /redirected more than 5 times/);
      return true;
    });
  });

  it('answers 504 when no response headers arrive in time', async () => {
    await assert.rejects(
      rescaleFetch(credentials(), 'v2/slow/', { timeoutMs: 100 }),
      (error: RescaleError) => {
        assert.equal(error.status, 504);
        assert.equal(error.code, 'upstream_timeout');
        assert.match(error.detail, /Test region .* did not answer within 100 ms/);
        return true;
      },
    );
  });

  it('counts the wait for an upload answer from the last byte sent, not from the start', async () => {
    let sent = 0;
    const slowUpload = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        if (sent++ === 15) controller.close();
        else controller.enqueue(new TextEncoder().encode('chunk'));
      },
    });
    const res = await rescaleFetch(credentials(), 'v2/echo/', {
      method: 'POST',
      body: slowUpload,
      timeoutMs: 500,
    });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'POST /api/v2/echo/');
  });

  it('refuses to replay a streamed upload that the region redirects, with a 502 that says so', async () => {
    const upload = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data'));
        controller.close();
      },
    });
    await assert.rejects(
      rescaleFetch(credentials(), 'v2/loop/', { method: 'POST', body: upload }),
      (error: RescaleError) => {
        assert.equal(error.status, 502);
        assert.equal(error.code, 'upstream_redirected_upload');
        assert.match(error.detail, /answered the upload with a redirect/);
        return true;
      },
    );
  });

  it('answers 502 when the region cannot be reached', async () => {
    const gone = await startTestServer(() => undefined);
    await gone.close();
    await assert.rejects(
      rescaleFetch({ key: KEY, platform: { label: 'Closed', url: gone.url } }, 'v2/jobs/'),
      (error: RescaleError) => {
        assert.equal(error.status, 502);
        assert.equal(error.code, 'upstream_unreachable');
        assert.match(error.detail, /Could not reach Rescale at Closed/);
        assert.doesNotMatch(error.detail, new RegExp(KEY));
        return true;
      },
    );
  });

  it('refuses an invalid path with a 400 before contacting anyone', async () => {
    const before = region.requests.length;
    await assert.rejects(rescaleFetch(credentials(), 'v2/jobs/../users/'), (error: RescaleError) => {
      assert.equal(error.status, 400);
      assert.equal(error.code, 'invalid_path');
      return true;
    });
    assert.equal(region.requests.length, before);
  });

  it('passes the caller abort through instead of calling it a timeout', async () => {
    const controller = new AbortController();
    const pending = rescaleFetch(credentials(), 'v2/slow/', { signal: controller.signal, timeoutMs: 5000 });
    controller.abort();
    await assert.rejects(pending, (error: unknown) => !(error instanceof RescaleError));
  });

  it('rescaleJson parses the body with platform links turned into proxy paths', async () => {
    const page = await rescaleJson<{ next: string }>(credentials(), 'v2/jobs/');
    assert.equal(page.next, '/api/rescale/v2/jobs/?page=2');
  });

  it('rescaleJson says in words when the body is cut off part-way', async () => {
    await assert.rejects(rescaleJson(credentials(), 'v2/cut-off/'), (error: RescaleError) => {
      assert.ok(error instanceof RescaleError);
      assert.equal(error.status, 502);
      assert.equal(error.code, 'upstream_incomplete');
      assert.match(error.detail, /cut off before it was complete/);
      return true;
    });
  });

  it('rescaleJson throws the platform error with its detail', async () => {
    await assert.rejects(rescaleJson(credentials(), 'v2/missing/'), (error: RescaleError) => {
      assert.ok(error instanceof RescaleError);
      assert.equal(error.status, 404);
      assert.equal(error.detail, 'Not found.');
      return true;
    });
  });
});

describe('timeoutFromEnv', () => {
  it('defaults to 30 s and honours RESCALE_TIMEOUT_MS', () => {
    assert.equal(timeoutFromEnv({}), 30_000);
    assert.equal(timeoutFromEnv({ RESCALE_TIMEOUT_MS: '2500' }), 2500);
    assert.equal(timeoutFromEnv({ RESCALE_TIMEOUT_MS: 'soon' }), 30_000);
  });
});
