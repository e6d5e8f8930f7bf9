import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capturedLogger } from '../../test/support/captured-logger';

const { proxiedCallsInFlight } = await import('../server/in-flight');
const { resourceFamily, startProxyCallLog } = await import('./request-log');

const KEY = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const COOKIE_VALUE = 'Fe26.2**sealed-session-cookie-value**0123456789';
const QUERY_SECRET = 'sig-0f1e2d3c4b5a69788796a5b4c3d2e1f0';

function requestCarryingSecrets(): Request {
  return new Request(
    `http://app.test/api/rescale/v2/files/${KEY}/contents/?Signature=${QUERY_SECRET}&apiKey=${KEY}`,
    {
      headers: {
        authorization: `Token ${KEY}`,
        cookie: `rescale-session=${COOKIE_VALUE}; next-auth.session-token=${COOKIE_VALUE}`,
        'x-api-key': KEY,
      },
    },
  );
}

describe('the proxied-call log', () => {
  it('writes one line with the chosen facts and none of the key, cookie or query', async () => {
    const { logger, lines, entries } = capturedLogger();
    const call = startProxyCallLog(requestCarryingSecrets(), logger);
    call.upstream({ status: 200, durationMs: 12.34 });
    const response = call.finish(new Response('0123456789', { status: 200 }));
    assert.equal(await response.text(), '0123456789');

    assert.equal(lines.length, 1);
    const output = lines.join('');
    for (const secret of [KEY, COOKIE_VALUE, QUERY_SECRET, 'Signature', 'cookie', 'authorization']) {
      assert.ok(!output.includes(secret), `the log line contains ${secret}: ${output}`);
    }
    const [entry] = entries();
    assert.equal(entry?.msg, 'proxied call');
    assert.equal(entry?.requestId, response.headers.get('x-request-id'));
    assert.match(String(entry?.requestId), /^[0-9a-f-]{36}$/);
    assert.equal(entry?.method, 'GET');
    assert.equal(entry?.family, 'files');
    assert.equal(entry?.status, 200);
    assert.equal(entry?.upstreamStatus, 200);
    assert.equal(entry?.upstreamMs, 12.3);
    assert.equal(entry?.bytes, 10);
    assert.equal(entry?.outcome, 'complete');
    assert.equal(typeof entry?.durationMs, 'number');
    assert.match(String(entry?.time), /^\d{4}-\d\d-\d\dT/);
  });

  it('writes the line only once the body has gone, and counts the call as in flight until then', async () => {
    const { logger, lines } = capturedLogger();
    const before = proxiedCallsInFlight();
    const call = startProxyCallLog(new Request('http://app.test/api/rescale/v2/jobs/abc/'), logger);
    const response = call.finish(new Response('{"name":"A"}'));
    assert.equal(lines.length, 0);
    assert.equal(proxiedCallsInFlight(), before + 1);
    await response.text();
    assert.equal(lines.length, 1);
    assert.equal(proxiedCallsInFlight(), before);
  });

  it('records a browser that went away mid-body as aborted, with the bytes it got', async () => {
    const { logger, entries } = capturedLogger();
    const call = startProxyCallLog(
      new Request('http://app.test/api/rescale/v2/files/BIGone/contents/'),
      logger,
    );
    const chunk = new Uint8Array(1024);
    const endless = new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(chunk) });
    const reader = call.finish(new Response(endless)).body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const [entry] = entries();
    assert.equal(entry?.outcome, 'aborted');
    assert.equal(entry?.bytes, 2048);
  });

  it('records a body that failed as a failed call, at warn', async () => {
    const { logger, entries } = capturedLogger();
    const call = startProxyCallLog(new Request('http://app.test/api/rescale/v2/files/x/contents/'), logger);
    const cut = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('cut')) });
    await assert.rejects(call.finish(new Response(cut)).text());
    const [entry] = entries();
    assert.equal(entry?.outcome, 'failed');
    assert.equal(entry?.level, 40);
  });

  it('records a body that failed because the browser went away as aborted, not as a failure', async () => {
    const { logger, entries } = capturedLogger();
    const browser = new AbortController();
    const call = startProxyCallLog(
      new Request('http://app.test/api/rescale/v2/files/x/contents/', { signal: browser.signal }),
      logger,
    );
    const cut = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('cut')) });
    browser.abort();
    await assert.rejects(call.finish(new Response(cut)).text());
    const [entry] = entries();
    assert.equal(entry?.outcome, 'aborted');
    assert.equal(entry?.level, 30);
  });

  it('writes a bodiless answer at once, with no upstream status when Rescale never answered', () => {
    const { logger, entries } = capturedLogger();
    const call = startProxyCallLog(
      new Request('http://app.test/api/rescale/v2/jobs/', { method: 'POST' }),
      logger,
    );
    call.upstream({ status: null, durationMs: 30_000 });
    call.finish(new Response(null, { status: 504 }));
    const [entry] = entries();
    assert.equal(entry?.level, 40);
    assert.equal(entry?.method, 'POST');
    assert.equal(entry?.status, 504);
    assert.equal(entry?.upstreamStatus, null);
  });

  it('follows LOG_LEVEL: at warn, a successful call writes nothing', async () => {
    const previous = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'warn';
    try {
      const { logger, lines } = capturedLogger();
      const call = startProxyCallLog(new Request('http://app.test/api/rescale/v2/users/me/'), logger);
      await call.finish(new Response('{}')).text();
      assert.equal(lines.length, 0);
    } finally {
      if (previous === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = previous;
    }
  });
});

describe('resourceFamily', () => {
  it('names the top-level resource and nothing after it', () => {
    assert.equal(resourceFamily('/api/rescale/v2/jobs/abc/runs/1/tail/log/'), 'jobs');
    assert.equal(resourceFamily('/api/rescale/v2/remote-viz-config/'), 'remote-viz-config');
  });

  it('calls anything it does not know "other", so a path cannot put its own words in the log', () => {
    assert.equal(resourceFamily(`/api/rescale/v2/${KEY}/`), 'other');
    assert.equal(resourceFamily('/elsewhere/v2/jobs/'), 'other');
  });
});
