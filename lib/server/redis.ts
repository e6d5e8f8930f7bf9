import 'server-only';
import type { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { logger } from './logger';

/**
 * The Redis connection shared by every module that keeps state across instances, or null
 * when `REDIS_URL` is unset (each instance then keeps that state in memory). One
 * connection per process, opened on first use.
 */
let client: Redis | null | undefined;

export function getRedis(): Redis | null {
  if (client !== undefined) return client;
  const url = process.env.REDIS_URL;
  client = url ? new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000 }) : null;
  if (client) reportRedisErrors(client, logger);
  return client;
}

/**
 * Without an 'error' listener ioredis prints "Unhandled error event" with the whole
 * error on every reconnect attempt while Redis is down. This logs one line per outage
 * instead, with the error's code only: a connection error's message can carry the URL,
 * and with it the password. The commands themselves still fail, and their callers say so.
 */
export function reportRedisErrors(redis: EventEmitter, log: Logger): void {
  let reported = false;
  redis.on('error', (error: unknown) => {
    if (reported) return;
    reported = true;
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    log.warn({ code }, 'Redis (REDIS_URL) is unreachable; shared state waits for it to come back');
  });
  redis.on('ready', () => {
    reported = false;
  });
}
