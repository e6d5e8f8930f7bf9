/**
 * The shared store in memory and in a throwaway redis-server, for tests that must hold
 * for both. The server starts before the calling file's tests and stops after them.
 */
import './allow-server-only';
import { after, before } from 'node:test';
import type { SharedStore } from '../../lib/server/shared-store';
import { startRedis, type RunningRedis } from './redis-server';

const { createMemoryStore, createRedisStore } = await import('../../lib/server/shared-store');

export type EachSharedStore = {
  /** A new store of each kind, by name. */
  stores: Record<'memory' | 'redis', () => SharedStore>;
  /** The running server, once the file's tests have started. */
  redis: () => RunningRedis;
};

export function eachSharedStore(): EachSharedStore {
  let redis: RunningRedis | undefined;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis?.stop();
  });
  const running = (): RunningRedis => {
    if (!redis) throw new Error('redis-server is started in before(); ask for it inside a test');
    return redis;
  };
  return {
    stores: { memory: createMemoryStore, redis: () => createRedisStore(running().client) },
    redis: running,
  };
}
