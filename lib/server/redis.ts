import 'server-only';
import { Redis } from 'ioredis';

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
  return client;
}
