import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { startRedis } from '../../test/support/redis-server';
import { describeRevocationReasons } from '../../test/support/revocation-reasons';

const redis = await startRedis();
process.env.REDIS_URL = redis.url;
process.env.SESSION_SECRET = 's'.repeat(32);
process.env.SESSION_TTL = '1h';
const revocations = await import('./revocations');
const sharedStore = await import('../server/shared-store');
const { isSessionRevoked, revokeSession, sessionRevocation } = revocations;
const { getSharedStore, createRedisStore } = sharedStore;
const { getRedis } = await import('../server/redis');

after(async () => {
  getRedis()?.disconnect();
  await redis.stop();
});

describe('revoked sessions with REDIS_URL', () => {
  it('are kept in Redis, seen by another instance, until the session would have ended', async () => {
    assert.equal(getSharedStore().kind, 'redis');
    await revokeSession('sid-redis-1', Date.now() + 600_000, 'signed-out');
    assert.equal(await isSessionRevoked('sid-redis-1'), true);
    assert.equal(await isSessionRevoked('sid-redis-2'), false);

    const otherInstance = new Redis(redis.url);
    try {
      assert.notEqual(await createRedisStore(otherInstance).markValue('revoked-session:sid-redis-1'), null);
      const ttl = await otherInstance.ttl('rescale-dashboard:revoked-session:sid-redis-1');
      assert.ok(ttl > 600 && ttl <= 660, `kept for the session's remaining 600 s plus skew, not ${ttl}`);
    } finally {
      otherInstance.disconnect();
    }
  });

  it('keep their reason where another instance reads it', async () => {
    await revokeSession('sid-redis-rejected', Date.now() + 600_000, 'key-rejected');
    const otherInstance = new Redis(redis.url);
    try {
      assert.equal(
        await createRedisStore(otherInstance).markValue('revoked-session:sid-redis-rejected'),
        'key-rejected',
      );
    } finally {
      otherInstance.disconnect();
    }
    assert.equal(await sessionRevocation('sid-redis-rejected'), 'key-rejected');
  });

  it('are never kept longer than a whole session', async () => {
    await revokeSession('sid-redis-far', Date.now() + 10 * 86_400_000, 'signed-out');
    const ttl = await redis.client.ttl('rescale-dashboard:revoked-session:sid-redis-far');
    assert.ok(ttl > 3600 && ttl <= 3660, String(ttl));
  });
});

describeRevocationReasons('redis', { revocations, sharedStore });
