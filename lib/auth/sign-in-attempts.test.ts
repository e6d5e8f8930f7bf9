import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';

delete process.env.REDIS_URL;
delete process.env.TRUST_PROXY;
const { logger } = await import('../server/logger');
const { attemptIp, logFailedSignIn, refuseThrottledSignIn, signInThrottle } =
  await import('./sign-in-attempts');

const KEY = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';

afterEach(() => mock.restoreAll());

describe('a failed sign-in', () => {
  it('is one structured line with address, region, reason and a short hash of the key, never the key', () => {
    const warn = mock.method(logger, 'warn', () => undefined);
    logFailedSignIn({ ip: '203.0.113.9', region: 'eu', key: ` ${KEY} ` }, 'rejected');
    assert.equal(warn.mock.callCount(), 1);
    const [fields, message] = warn.mock.calls[0]?.arguments as unknown as [Record<string, unknown>, string];
    assert.equal(message, 'sign-in failed');
    assert.deepEqual(Object.keys(fields).sort(), ['event', 'ip', 'keyHash', 'reason', 'region']);
    assert.equal(fields.event, 'sign-in-failed');
    assert.equal(fields.ip, '203.0.113.9');
    assert.equal(fields.region, 'eu');
    assert.equal(fields.reason, 'rejected');
    assert.match(String(fields.keyHash), /^[0-9a-f]{12}$/);
    assert.ok(!JSON.stringify(fields).includes(KEY.slice(0, 12)));
  });

  it('gives the same hash for the same key, typed with or without spaces, and none without a key', () => {
    const warn = mock.method(logger, 'warn', () => undefined);
    logFailedSignIn({ ip: 'x', region: 'eu', key: KEY }, 'rejected');
    logFailedSignIn({ ip: 'x', region: 'eu', key: `${KEY}\n` }, 'rejected');
    logFailedSignIn({ ip: 'x', region: 'eu', key: '' }, 'missing-key');
    const hashes = warn.mock.calls.map(
      (call) => (call.arguments[0] as unknown as { keyHash: unknown }).keyHash,
    );
    assert.equal(hashes[0], hashes[1]);
    assert.equal(hashes[2], null);
  });
});

describe('the address of an attempt', () => {
  it('is read from X-Forwarded-For as TRUST_PROXY allows', () => {
    assert.equal(
      attemptIp((name) => (name === 'x-forwarded-for' ? '6.6.6.6, 203.0.113.9' : null)),
      '203.0.113.9',
    );
    assert.equal(
      attemptIp(() => null),
      'unknown',
    );
  });
});

function credentialsPost(path: string, address: string): Request {
  return new Request(`http://app.test${path}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': address, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ region: 'eu', apiKey: KEY, csrfToken: 't', json: 'true' }),
  });
}

describe('a sign-in from a throttled address', () => {
  it('is refused before next-auth with 429, Retry-After and the wait in its error code, and logged once', async () => {
    const address = '198.51.100.200';
    const throttle = signInThrottle();
    for (let guess = 0; guess < 5; guess += 1) {
      assert.equal(await throttle.begin(address, `r${guess}`), null);
      await throttle.rejected(address, `r${guess}`);
    }
    const warn = mock.method(logger, 'warn', () => undefined);
    const refused = await refuseThrottledSignIn(credentialsPost('/api/auth/callback/credentials', address));
    assert.ok(refused);
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 890 && retryAfter <= 900, String(retryAfter));
    const { url } = (await refused.json()) as { url: string };
    assert.equal(new URL(url).searchParams.get('error'), `throttled:${retryAfter}`);
    assert.equal(warn.mock.callCount(), 1);
    assert.equal((warn.mock.calls[0]?.arguments[0] as unknown as { reason: string }).reason, 'throttled');
  });

  it('is left to next-auth when the address is not throttled, or the route is not the credentials callback', async () => {
    assert.equal(
      await refuseThrottledSignIn(credentialsPost('/api/auth/callback/credentials', '198.51.100.201')),
      null,
    );
    assert.equal(await refuseThrottledSignIn(credentialsPost('/api/auth/signout', '198.51.100.200')), null);
  });
});
