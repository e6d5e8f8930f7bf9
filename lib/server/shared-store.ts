import 'server-only';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Readiness } from './readiness';
import { getRedis } from './redis';

/**
 * The only state shared between instances: sign-in limits and revoked sessions. In
 * memory by default (one instance); in Redis when `REDIS_URL` is set, so that every
 * instance, or every serverless function, sees the same limits and revocations.
 */

export type LimiterOptions = {
  /** Names the counter, so that two limiters never share keys. */
  keyPrefix: string;
  /** How many points a key may consume within `duration` seconds. */
  points: number;
  duration: number;
};

export type SharedStore = {
  readonly kind: 'memory' | 'redis';
  /**
   * Marks `key` with `value` for `ttlSeconds`, unless it is marked already: the first mark
   * stands, with its value and its time, so that racing writers cannot change what it says.
   */
  mark(key: string, ttlSeconds: number, value?: string): Promise<void>;
  /** The value `key` is marked with, or null when it is not marked. */
  markValue(key: string): Promise<string | null>;
  /** A rate limiter counting in this store; the same options give the same limiter. */
  limiter(options: LimiterOptions): RateLimiterAbstract;
  /** Resolves when the store answers; rejects with the reason otherwise. */
  ping(): Promise<void>;
};

const NAMESPACE = 'rescale-dashboard';
/** What a mark holds when its writer gives no value. */
const PRESENT = '1';
/** A sweep of expired marks happens at most this often, on writes, so memory stays bounded by use. */
const SWEEP_EVERY_MS = 60_000;

function limiterName(options: LimiterOptions): string {
  return `${options.keyPrefix}/${options.points}/${options.duration}`;
}

export function createMemoryStore(): SharedStore {
  const marks = new Map<string, { value: string; expiresAt: number }>();
  const limiters = new Map<string, RateLimiterAbstract>();
  let lastSweep = Date.now();
  const valueOf = (key: string): string | null => {
    const mark = marks.get(key);
    return mark !== undefined && mark.expiresAt > Date.now() ? mark.value : null;
  };
  return {
    kind: 'memory',
    async mark(key, ttlSeconds, value = PRESENT) {
      const now = Date.now();
      if (now - lastSweep > SWEEP_EVERY_MS) {
        for (const [marked, { expiresAt }] of marks) if (expiresAt <= now) marks.delete(marked);
        lastSweep = now;
      }
      if (valueOf(key) === null) marks.set(key, { value, expiresAt: now + ttlSeconds * 1000 });
    },
    async markValue(key) {
      return valueOf(key);
    },
    limiter(options) {
      const name = limiterName(options);
      let limiter = limiters.get(name);
      if (!limiter) {
        limiter = new RateLimiterMemory({ ...options, keyPrefix: `${NAMESPACE}:${options.keyPrefix}` });
        limiters.set(name, limiter);
      }
      return limiter;
    },
    async ping() {},
  };
}

export function createRedisStore(redis: Redis): SharedStore {
  const limiters = new Map<string, RateLimiterAbstract>();
  return {
    kind: 'redis',
    async mark(key, ttlSeconds, value = PRESENT) {
      await redis.set(`${NAMESPACE}:${key}`, value, 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
    },
    async markValue(key) {
      return redis.get(`${NAMESPACE}:${key}`);
    },
    limiter(options) {
      const name = limiterName(options);
      let limiter = limiters.get(name);
      if (!limiter) {
        limiter = new RateLimiterRedis({
          ...options,
          storeClient: redis,
          keyPrefix: `${NAMESPACE}:${options.keyPrefix}`,
        });
        limiters.set(name, limiter);
      }
      return limiter;
    },
    async ping() {
      const answer = await redis.ping();
      if (answer !== 'PONG') throw new Error(`Redis answered PING with ${answer}`);
    },
  };
}

/*
 * On `globalThis`: `proxy.ts` and the route bundles hold separate module instances in one
 * process, and must see the same memory store.
 */
const HOLDER = Symbol.for('rescale-dashboard.shared-store');
type Holder = { [HOLDER]?: SharedStore };

export function getSharedStore(): SharedStore {
  const holder = globalThis as Holder;
  const existing = holder[HOLDER];
  if (existing) return existing;
  const redis = getRedis();
  const store = redis ? createRedisStore(redis) : createMemoryStore();
  holder[HOLDER] = store;
  return store;
}

/** A store that has not answered by then is as good as down to a load balancer. */
const CHECK_TIMEOUT_MS = 1000;

export async function checkStore(store: SharedStore): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([store.ping(), timeout]);
    return { ok: true };
  } catch (error) {
    // The message of a connection error can carry the URL, and with it a password.
    const why =
      error instanceof Error && error.message.startsWith('no answer') ? error.message : 'unreachable';
    return { ok: false, reason: `Redis (REDIS_URL) did not answer a PING: ${why}.` };
  } finally {
    clearTimeout(timer);
  }
}

/** For a readiness check: whether the shared store (Redis, when configured) answers. */
export function checkSharedStore(): Promise<Readiness> {
  return checkStore(getSharedStore());
}
