import 'server-only';
import { assertServerConfig } from '@/lib/config/env';
import { getRedis } from './redis';
import { isShuttingDown } from './shutdown';

export type Readiness = { ok: true } | { ok: false; reason: string };

/** A Redis that has not answered by then is as good as down to a load balancer. */
const REDIS_TIMEOUT_MS = 1000;

/** When `REDIS_URL` is set, Redis must answer a PING; without it there is nothing to check. */
async function checkRedis(): Promise<Readiness> {
  const redis = getRedis();
  if (!redis) return { ok: true };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
  });
  try {
    await Promise.race([redis.ping(), timeout]);
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

/**
 * Whether this instance should get traffic: it is not shutting down, its configuration
 * is valid, and the shared store answers.
 */
export async function checkReadiness(): Promise<Readiness> {
  if (isShuttingDown()) return { ok: false, reason: 'The server is shutting down.' };
  try {
    assertServerConfig();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return checkRedis();
}
