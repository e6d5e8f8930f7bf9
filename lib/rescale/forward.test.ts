import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';

const { addressedOrigins, forwardToRescale, MAX_REWRITE_BYTES } = await import('./forward');

const KEY = 'f00df00df00df00df00df00df00df00df00df00d';
const APP = 'http://app.test';

describe('forwardToRescale', () => {
  let region: TestServer;
  let releaseLargeBody = () => {};
  const session = () => ({ key: KEY, platform: { label: 'Test region', url: region.url } });
  const call = (path: string, init: RequestInit = {}) =>
    forwardToRescale(new Request(`${APP}${path}`, init), session());

  before(async () => {
    region = await startTestServer((req, res) => {
      const path = req.url ?? '';
      if (path.startsWith('/api/v2/jobs/')) {
        res.writeHead(200, {
          'content-type': 'application/json',
          'set-cookie': 'csrftoken=abc',
          'x-ratelimit-remaining': '7100',
          server: 'nginx',
        });
        res.end(
          JSON.stringify({
            count: 1,
            next: `${region.url}/api/v2/jobs/?page=2`,
            previous: null,
            results: [{ name: 'A' }],
          }),
        );
      } else if (path.startsWith('/api/v2/analyses/chunked-large/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        for (let sent = 0; sent <= MAX_REWRITE_BYTES; sent += chunk.length) res.write(chunk);
        res.write('{"big": true}');
        releaseLargeBody = () => res.end();
      } else if (path.startsWith('/api/v2/files/page/contents/')) {
        res.writeHead(200, {
          'content-type': path.includes('svg') ? 'image/svg+xml' : 'text/html; charset=utf-8',
          'content-disposition': 'inline; filename="report.html"',
        });
        res.end('<script>alert(document.cookie)</script>');
      } else if (path.startsWith('/api/v2/files/untyped/contents/')) {
        res.writeHead(200, { 'content-disposition': 'attachment; filename="out.bin"' });
        res.end('<html><script>alert(1)</script>');
      } else if (path.startsWith('/api/v2/files/log/contents/')) {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('line 1\nline 2\n');
      } else if (path.startsWith('/api/v2/analyses/html-error/')) {
        res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '7' });
        res.end('<html><body><h1>503 Service Unavailable</h1></body></html>');
      } else if (path.startsWith('/api/v2/analyses/cut-off/')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"count": 3, "results": [');
        setTimeout(() => res.destroy(), 20);
      } else if (path.startsWith('/api/v2/files/cut-off/contents/')) {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
        res.write('line 1\n');
        setTimeout(() => res.destroy(), 20);
      } else if (path.startsWith('/api/v2/analyses/stalled/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"count": 3, "results": [');
      } else if (path.startsWith('/api/v2/files/signed/contents/')) {
        res.writeHead(302, { location: 'https://storage.example/bucket/object?sig=1' }).end();
      } else {
        let length = 0;
        req.on('data', (chunk: Buffer) => (length += chunk.length));
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(JSON.stringify({ method: req.method, path, length, headers: req.headers }));
        });
      }
    });
  });

  after(() => region.close());

  it('forwards a versioned path with its trailing slash and query to the region', async () => {
    const res = await call('/api/rescale/v2/users/me?x=1');
    const seen = JSON.parse(await res.text());
    assert.equal(seen.method, 'GET');
    assert.equal(seen.path, '/api/v2/users/me/?x=1');
    assert.equal(seen.headers.authorization, `Token ${KEY}`);
  });

  it('sends upstream only the allowed headers, with the key from the session', async () => {
    const res = await call('/api/rescale/v2/users/me/', {
      headers: {
        authorization: 'Token forged',
        cookie: 'rescale_session=sealed',
        range: 'bytes=0-9',
        'user-agent': 'x',
      },
    });
    const { headers } = JSON.parse(await res.text());
    assert.equal(headers.authorization, `Token ${KEY}`);
    assert.equal(headers.cookie, undefined);
    assert.equal(headers.range, 'bytes=0-9');
    // undici repeats a caller's Accept-Encoding value; every token still says identity.
    assert.match(headers['accept-encoding'], /^identity(?:, identity)*$/);
    assert.notEqual(headers['user-agent'], 'x');
  });

  it('passes back only the allowed response headers and marks the answer private', async () => {
    const res = await call('/api/rescale/v2/jobs/');
    assert.equal(res.headers.get('set-cookie'), null);
    assert.equal(res.headers.get('server'), null);
    assert.equal(res.headers.get('x-ratelimit-remaining'), '7100');
    assert.equal(res.headers.get('cache-control'), 'private, no-store');
  });

  it('rewrites platform links in a JSON answer to proxy paths and fixes the length', async () => {
    const res = await call('/api/rescale/v2/jobs/');
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), {
      count: 1,
      next: '/api/rescale/v2/jobs/?page=2',
      previous: null,
      results: [{ name: 'A' }],
    });
    assert.equal(res.headers.get('content-length'), String(Buffer.byteLength(text)));
    assert.doesNotMatch(text, new RegExp(region.url));
  });

  it('hands a redirect off the region to the browser without following it', async () => {
    const res = await call('/api/rescale/v2/files/signed/contents/');
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), 'https://storage.example/bucket/object?sig=1');
    assert.equal(await res.text(), '');
  });

  it('streams a request body upstream for a state-changing method from the app origin', async () => {
    const res = await call('/api/rescale/v2/files/contents/', {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    const seen = JSON.parse(await res.text());
    assert.equal(seen.method, 'POST');
    assert.equal(seen.length, 7);
    assert.equal(seen.headers['content-type'], 'application/json');
  });

  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    it(`refuses ${method} from another origin or without an Origin with 403`, async () => {
      const before = region.requests.length;
      for (const headers of [{ origin: 'https://evil.example' }, {} as Record<string, string>]) {
        const res = await call('/api/rescale/v2/jobs/abc/', { method, headers });
        assert.equal(res.status, 403);
        const body = await res.json();
        assert.equal(body.code, 'cross_origin');
        assert.match(body.detail, /did not come from the dashboard/);
      }
      assert.equal(region.requests.length, before);
    });
  }

  it('answers 400 with a detail for an invalid path, without calling Rescale', async () => {
    const before = region.requests.length;
    for (const path of [
      '/api/rescale/v3/jobs/',
      '/api/rescale/v2/jobs/a%2Fb/',
      '/api/rescale/v2//jobs/',
      '/api/rescale/v2/jobs/%00/',
    ]) {
      const res = await call(path);
      assert.equal(res.status, 400, path);
      const body = await res.json();
      assert.equal(body.code, 'invalid_path');
      assert.equal(typeof body.detail, 'string');
    }
    assert.equal(region.requests.length, before);
  });

  it('answers 502 with words when a JSON answer is cut off part-way', async () => {
    const res = await call('/api/rescale/v2/analyses/cut-off/');
    assert.equal(res.status, 502);
    const body = await res.json();
    assert.equal(body.code, 'upstream_incomplete');
    assert.match(body.detail, /cut off before it was complete/);
  });

  it('answers 499, not 502, when the browser goes away while a JSON answer is read', async () => {
    const browser = new AbortController();
    const answered = call('/api/rescale/v2/analyses/stalled/', { signal: browser.signal });
    setTimeout(() => browser.abort(), 100);
    const res = await answered;
    assert.equal(res.status, 499);
  });

  it('aborts a streamed body that Rescale cuts off, with the AbortError Next takes for an ended response', async () => {
    const res = await call('/api/rescale/v2/files/cut-off/contents/');
    assert.equal(res.status, 200);
    await assert.rejects(res.text(), { name: 'AbortError' });
  });

  it('streams a chunked JSON answer larger than the rewrite cap on as it arrives', async () => {
    const answered = call('/api/rescale/v2/analyses/chunked-large/');
    const outcome = await Promise.race([
      answered.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('held'), 5000)),
    ]);
    assert.equal(outcome, 'answered', 'the proxy waited for the whole body');
    releaseLargeBody();
    const res = await answered;
    assert.equal(res.headers.get('content-length'), null);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.ok(bytes.byteLength > MAX_REWRITE_BYTES);
    assert.equal(new TextDecoder().decode(bytes.subarray(-13)), '{"big": true}');
  });

  it('refuses a resource family the dashboard does not use, without calling Rescale', async () => {
    const before = region.requests.length;
    for (const path of ['v2/admin/users/', 'v2/users/42/', 'v2/organizations/', 'v2/users/']) {
      const res = await call(`/api/rescale/${path}`);
      assert.equal(res.status, 404, path);
      assert.equal((await res.json()).code, 'unknown_resource');
    }
    assert.equal(region.requests.length, before);
  });

  for (const [name, path] of [
    ['HTML', 'files/page/contents/'],
    ['SVG', 'files/page/contents/?as=svg'],
  ]) {
    it(`serves an upstream ${name} body as an inert download, keeping its file name`, async () => {
      const res = await call(`/api/rescale/v2/${path}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/octet-stream');
      assert.equal(res.headers.get('content-disposition'), 'attachment; filename="report.html"');
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('content-security-policy'), "sandbox; default-src 'none'");
    });
  }

  it('serves a body without a content type as a byte stream', async () => {
    const res = await call('/api/rescale/v2/files/untyped/contents/');
    assert.equal(res.headers.get('content-type'), 'application/octet-stream');
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="out.bin"');
  });

  it('keeps plain text readable, for the in-page preview', async () => {
    const res = await call('/api/rescale/v2/files/log/contents/');
    assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), 'attachment');
    assert.equal(await res.text(), 'line 1\nline 2\n');
  });

  it("turns a non-JSON error page into the proxy's own JSON error, keeping Retry-After", async () => {
    const res = await call('/api/rescale/v2/analyses/html-error/');
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '7');
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const body = await res.json();
    assert.equal(body.code, 'upstream_error');
    assert.match(body.detail, /Rescale had a problem answering \(HTTP 503\)/);
  });

  it('answers 405 for a method it does not forward', async () => {
    const res = await call('/api/rescale/v2/jobs/', { method: 'OPTIONS' });
    assert.equal(res.status, 405);
  });

  it('answers 502 with words when the region is unreachable', async () => {
    const gone = await startTestServer(() => undefined);
    await gone.close();
    const res = await forwardToRescale(new Request(`${APP}/api/rescale/v2/jobs/`), {
      key: KEY,
      platform: { label: 'Closed', url: gone.url },
    });
    assert.equal(res.status, 502);
    const body = await res.json();
    assert.equal(body.code, 'upstream_unreachable');
    assert.match(body.detail, /Could not reach Rescale at Closed/);
  });
});

describe('addressedOrigins', () => {
  it('includes the URL origin, the Host and a forwarded host', () => {
    const request = new Request('http://localhost:3000/api/rescale/v2/jobs/', {
      headers: { host: 'dash.example', 'x-forwarded-host': 'dash.example.com', 'x-forwarded-proto': 'https' },
    });
    assert.deepEqual(addressedOrigins(request), [
      'http://localhost:3000',
      'https://dash.example',
      'https://dash.example.com',
    ]);
  });
});
