import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { eachSharedStore } from '../../test/support/each-shared-store';
import { freePort } from '../../test/support/redis-server';

delete process.env.REDIS_URL;
const { checkSharedStore, checkStore, createRedisStore } = await import('./shared-store');

const { stores, redis } = eachSharedStore();

for (const [kind, makeStore] of Object.entries(stores)) {
  describe(`the shared store in ${kind}`, () => {
    it('keeps a mark until its time is up', async () => {
      const store = makeStore();
      const key = `mark-${kind}-${Date.now()}`;
      assert.equal(await store.markValue(key), null);
      await store.mark(key, 1);
      assert.notEqual(await store.markValue(key), null);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal(await store.markValue(key), null);
    });

    it('keeps the value of a mark, and the first mark stands until its time is up', async () => {
      const store = makeStore();
      const key = `value-${kind}-${Date.now()}`;
      assert.equal(await store.markValue(key), null);
      await store.mark(key, 1, 'first');
      await store.mark(key, 60, 'second');
      assert.equal(await store.markValue(key), 'first');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal(await store.markValue(key), null);
      await store.mark(key, 60, 'second');
      assert.equal(await store.markValue(key), 'second');
      assert.notEqual(await store.markValue(key), null);
    });

    it('answers a ping', async () => {
      await makeStore().ping();
    });

    it('gives the same limiter for the same options', () => {
      const store = makeStore();
      const options = { keyPrefix: 'test', points: 2, duration: 60 };
      assert.equal(store.limiter(options), store.limiter({ ...options }));
      assert.notEqual(store.limiter(options), store.limiter({ ...options, points: 3 }));
    });
  });
}

describe('marks in one Redis', () => {
  it('are seen by every instance', async () => {
    const key = `shared-${Date.now()}`;
    await createRedisStore(redis().client).mark(key, 60);
    const other = new Redis(redis().url);
    try {
      assert.notEqual(await createRedisStore(other).markValue(key), null);
    } finally {
      other.disconnect();
    }
  });
});

describe('checkSharedStore', () => {
  it('is ok in memory, without REDIS_URL', async () => {
    assert.deepEqual(await checkSharedStore(), { ok: true });
  });

  it('gives the reason when Redis does not answer', async () => {
    const nowhere = new Redis(`redis://127.0.0.1:${await freePort()}`, {
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    nowhere.on('error', () => undefined);
    const check = await checkStore(createRedisStore(nowhere));
    nowhere.disconnect();
    assert.equal(check.ok, false);
    assert.ok(!check.ok && check.reason.length > 0);
    assert.deepEqual(await checkStore(createRedisStore(redis().client)), { ok: true });
  });
});
