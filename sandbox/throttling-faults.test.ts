import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { jobBody, useSandbox } from '../test/support/sandbox-harness';

const sandbox = useSandbox();
const NOVA_KEY = 'd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3';

describe('throttling', () => {
  it('reports X-RateLimit-Limit and X-RateLimit-Remaining for the scope each request spends', async () => {
    await sandbox.control('POST', 'reset');
    const general = await sandbox.api('grace', 'GET', 'users/me/');
    assert.deepEqual(
      [
        general.headers.get('x-ratelimit-scope'),
        general.headers.get('x-ratelimit-limit'),
        general.headers.get('x-ratelimit-remaining'),
      ],
      ['user', '7200', '7199'],
    );
    const read = await sandbox.api('grace', 'GET', 'jobs/');
    assert.deepEqual(
      [
        read.headers.get('x-ratelimit-scope'),
        read.headers.get('x-ratelimit-limit'),
        read.headers.get('x-ratelimit-remaining'),
      ],
      ['job-read', '90000', '89999'],
    );
    const again = await sandbox.api('grace', 'GET', 'users/me/');
    assert.equal(again.headers.get('x-ratelimit-remaining'), '7198');
    const created = await sandbox.api('grace', 'POST', 'jobs/', jobBody());
    const submit = await sandbox.api('grace', 'POST', `jobs/${created.body.id}/submit/`);
    assert.deepEqual(
      [submit.headers.get('x-ratelimit-scope'), submit.headers.get('x-ratelimit-limit')],
      ['job-submit', '1000'],
    );
  });

  it('answers 429 with Retry-After and the platform’s wording once a scope’s limit is spent, leaving other scopes alone', async () => {
    await sandbox.control('POST', 'reset');
    const limits = await sandbox.control('POST', 'limits', { user: { limit: 3, windowSeconds: 60 } });
    assert.deepEqual(limits.body.user, { limit: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) assert.equal((await sandbox.api('nova', 'GET', 'users/me/')).status, 200);
    const throttled = await sandbox.api('nova', 'GET', 'users/me/');
    assert.equal(throttled.status, 429);
    const wait = Number(throttled.headers.get('retry-after'));
    assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After ${wait}`);
    assert.deepEqual(throttled.body, {
      detail: `Request was throttled. Expected available in ${wait} seconds.`,
    });
    assert.equal(throttled.headers.get('x-ratelimit-remaining'), '0');
    assert.equal((await sandbox.api('nova', 'GET', 'jobs/')).status, 200);
    assert.equal((await sandbox.api('grace', 'GET', 'users/me/')).status, 200);
  });

  it('lifts the throttle once the window has passed on the clock', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'limits', { 'job-read': { limit: 1, windowSeconds: 30 } });
    assert.equal((await sandbox.api('grace', 'GET', 'jobs/')).status, 200);
    assert.equal((await sandbox.api('grace', 'GET', 'jobs/')).status, 429);
    await sandbox.advance(31);
    assert.equal((await sandbox.api('grace', 'GET', 'jobs/')).status, 200);
  });

  it('takes hourly limits per scope, or for every scope with *', async () => {
    await sandbox.control('POST', 'reset');
    const all = await sandbox.control('POST', 'limits', { '*': 2 });
    assert.deepEqual(all.body, {
      user: { limit: 2, windowSeconds: 3600 },
      'job-submit': { limit: 2, windowSeconds: 3600 },
      'job-read': { limit: 2, windowSeconds: 3600 },
    });
    await sandbox.api('grace', 'GET', 'jobs/');
    await sandbox.api('grace', 'GET', 'jobs/');
    const throttled = await sandbox.api('grace', 'GET', 'jobs/');
    assert.equal(throttled.status, 429);
    assert.ok(
      Number(throttled.headers.get('retry-after')) > 1000,
      'an hourly window waits for most of the hour',
    );
    assert.equal((await sandbox.control('POST', 'limits', { reads: 5 })).status, 400);
    assert.equal((await sandbox.control('POST', 'limits', { user: -1 })).status, 400);
    await sandbox.control('POST', 'reset');
    assert.equal((await sandbox.api('grace', 'GET', 'jobs/')).headers.get('x-ratelimit-limit'), '90000');
  });
});

describe('the call counter', () => {
  it('counts each key’s API calls per scope, throttled ones included, and nothing for unknown keys', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'limits', { user: 1 });
    await sandbox.api('grace', 'GET', 'users/me/');
    await sandbox.api('grace', 'GET', 'users/me/');
    await sandbox.api('grace', 'GET', 'jobs/');
    await sandbox.api(null, 'GET', 'jobs/', undefined, { Authorization: 'Token not-a-key' });
    await sandbox.control('GET', 'users');
    const calls = await sandbox.control('GET', 'calls');
    assert.deepEqual(calls.body, {
      b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1: { total: 3, byScope: { user: 2, 'job-read': 1 } },
    });
  });
});

describe('revoking a key and resetting', () => {
  it('rejects a revoked key with "Invalid token." until the sandbox is reset', async () => {
    await sandbox.control('POST', 'reset');
    assert.equal((await sandbox.control('POST', 'revoke', { key: NOVA_KEY })).status, 204);
    const rejected = await sandbox.api('nova', 'GET', 'users/me/');
    assert.equal(rejected.status, 401);
    assert.deepEqual(rejected.body, { detail: 'Invalid token.' });
    assert.equal(
      (await sandbox.control('GET', 'users')).body.find((u: { key: string }) => u.key === NOVA_KEY).revoked,
      true,
    );
    assert.equal((await sandbox.control('POST', 'revoke', { key: 'unknown' })).status, 400);
    await sandbox.control('POST', 'reset');
    assert.equal((await sandbox.api('nova', 'GET', 'users/me/')).status, 200);
  });

  it('goes back to the seed on reset: created jobs, clock, faults and counters', async () => {
    await sandbox.control('POST', 'reset');
    const start = (await sandbox.control('GET', 'clock')).body.now;
    await sandbox.api('nova', 'POST', 'jobs/', jobBody());
    await sandbox.advance(500);
    await sandbox.control('POST', 'faults', { latencyMs: 5 });
    assert.equal((await sandbox.control('POST', 'reset')).status, 204);
    assert.equal((await sandbox.api('nova', 'GET', 'jobs/')).body.count, 0);
    assert.equal((await sandbox.control('GET', 'clock')).body.now, start);
    assert.equal((await sandbox.control('GET', 'faults')).body.latencyMs, 0);
    assert.deepEqual(Object.keys((await sandbox.control('GET', 'calls')).body), [
      'd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3',
    ]);
  });

  it('answers 404 for an unknown control-plane operation', async () => {
    const reply = await sandbox.control('POST', 'explode');
    assert.equal(reply.status, 404);
  });
});

describe('fault knobs', () => {
  it('adds the configured latency to API answers', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'faults', { latencyMs: 300 });
    const started = performance.now();
    assert.equal((await sandbox.api('grace', 'GET', 'users/me/')).status, 200);
    assert.ok(performance.now() - started >= 295, 'the answer was delayed');
    await sandbox.control('POST', 'faults', {});
  });

  it('answers a request held by the latency as soon as the faults change', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'faults', { latencyMs: 5_000 });
    const answered = sandbox.api('grace', 'GET', 'users/me/').then((reply) => reply.status);
    assert.equal(
      await Promise.race([answered, delay(200, 'held')]),
      'held',
      'held while the latency is in force',
    );
    await sandbox.control('POST', 'faults', {});
    assert.equal(await Promise.race([answered, delay(2_000, 'still held')]), 200, 'answered once it changed');
  });

  it('answers 500, 503 or 504 with the HTML a server or its load balancer sends', async () => {
    await sandbox.control('POST', 'reset');
    for (const [status, title] of [
      [500, 'Server Error (500)'],
      [503, '503 Service Temporarily Unavailable'],
      [504, '504 Gateway Time-out'],
    ] as const) {
      await sandbox.control('POST', 'faults', { errorRate: 1, errorStatus: status });
      const reply = await sandbox.api('grace', 'GET', 'jobs/');
      assert.equal(reply.status, status);
      assert.match(reply.headers.get('content-type') ?? '', /text\/html/);
      assert.ok(reply.text.includes(title), title);
    }
    await sandbox.control('POST', 'faults', {});
    assert.equal((await sandbox.api('grace', 'GET', 'jobs/')).status, 200);
  });

  it('fails about the configured share of requests', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'faults', { errorRate: 0.5, errorStatus: 504 });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await sandbox.api('grace', 'GET', 'users/me/')).status);
    const failures = statuses.filter((status) => status === 504).length;
    assert.ok(failures >= 8 && failures <= 32, `${failures} of 40 failed`);
    assert.equal(failures + statuses.filter((status) => status === 200).length, 40);
    await sandbox.control('POST', 'faults', {});
  });

  it('limits faults to paths containing the filter', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'faults', { errorRate: 1, errorStatus: 503, paths: '/statuses/' });
    assert.equal((await sandbox.api('ada', 'GET', 'jobs/AIRfoL/statuses/')).status, 503);
    assert.equal((await sandbox.api('ada', 'GET', 'jobs/AIRfoL/')).status, 200);
    await sandbox.control('POST', 'faults', {});
  });

  it('resets the connection in the middle of a JSON body and of a download', async () => {
    await sandbox.control('POST', 'reset');
    await sandbox.control('POST', 'faults', { resetMidBody: true });
    const json = await fetch(`${sandbox.url}/api/v2/jobs/?page_size=50`, {
      headers: { Authorization: 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' },
    });
    assert.equal(json.status, 200);
    await assert.rejects(json.text(), 'the body is cut short');
    const download = await fetch(`${sandbox.url}/api/v2/files/BIGone/contents/`, {
      headers: { Authorization: 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' },
    });
    assert.equal(download.headers.get('content-length'), '1073741824');
    let received = 0;
    await assert.rejects(async () => {
      for await (const chunk of download.body!) received += chunk.length;
    });
    assert.ok(received > 0 && received <= 64 * 1024, `received ${received} bytes before the reset`);
    await sandbox.control('POST', 'faults', {});
    assert.equal((await sandbox.api('ada', 'GET', 'jobs/?page_size=50')).status, 200);
  });

  it('rejects invalid fault settings and clears them with an empty body', async () => {
    assert.equal((await sandbox.control('POST', 'faults', { errorStatus: 418 })).status, 400);
    assert.equal((await sandbox.control('POST', 'faults', { errorRate: 2 })).status, 400);
    await sandbox.control('POST', 'faults', { latencyMs: 10, errorRate: 0.1 });
    const cleared = await sandbox.control('POST', 'faults', {});
    assert.deepEqual(cleared.body, {
      latencyMs: 0,
      errorRate: 0,
      errorStatus: 503,
      resetMidBody: false,
      paths: null,
    });
  });

  it('never applies faults to the control plane', async () => {
    await sandbox.control('POST', 'faults', { errorRate: 1, errorStatus: 500 });
    assert.equal((await sandbox.control('GET', 'users')).status, 200);
    await sandbox.control('POST', 'faults', {});
  });
});
