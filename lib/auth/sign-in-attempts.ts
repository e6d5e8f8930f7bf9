import 'server-only';
import { createHash } from 'node:crypto';
import { getSignInLimits } from '../config/env';
import { logger } from '../server/logger';
import { getSharedStore } from '../server/shared-store';
import { clientIp } from './client-ip';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle';
import { throttledProblem } from './sign-in-problems';

/** What the server knows about a sign-in attempt: where from, for which region, with which key. */
export type SignInAttempt = { ip: string; region: string; key: string };

export type FailureReason =
  'rejected' | 'unreachable' | 'unavailable' | 'unknown-region' | 'missing-key' | 'throttled';

export function signInThrottle(): SignInThrottle {
  return createSignInThrottle(getSharedStore(), getSignInLimits());
}

/** The client's address from the request's headers (`X-Forwarded-For`, see lib/auth/client-ip.ts). */
export function attemptIp(header: (name: string) => string | null | undefined): string {
  return clientIp(header('x-forwarded-for'), getSignInLimits().trustedProxies);
}

/** Enough to tell attempts with the same key apart in the log; far too little to find the key. */
function shortKeyHash(key: string): string | null {
  const trimmed = key.trim();
  return trimmed ? createHash('sha256').update(trimmed).digest('hex').slice(0, 12) : null;
}

/** One line per failed sign-in: time, address, region, reason and a short hash of the key. */
export function logFailedSignIn(attempt: SignInAttempt, reason: FailureReason): void {
  logger.warn(
    {
      event: 'sign-in-failed',
      ip: attempt.ip,
      region: attempt.region.slice(0, 64),
      reason,
      keyHash: shortKeyHash(attempt.key),
    },
    'sign-in failed',
  );
}

const CREDENTIALS_CALLBACK = /\/api\/auth\/callback\/credentials\/?$/;

/**
 * Refuses a sign-in while its address is throttled, before next-auth or Rescale see it:
 * 429 with `Retry-After`, and the answer next-auth's client reads, whose error code
 * carries the wait so the form can say it in words.
 */
export async function refuseThrottledSignIn(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !CREDENTIALS_CALLBACK.test(new URL(request.url).pathname)) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : '';
  };
  const attempt = {
    ip: attemptIp((name) => request.headers.get(name)),
    region: field('region'),
    key: field('apiKey'),
  };
  const refused = await signInThrottle().check(attempt.ip, attempt.region);
  if (!refused) return null;
  logFailedSignIn(attempt, 'throttled');
  const error = throttledProblem(refused.retryAfterSeconds);
  const url = new URL(`/api/auth/error?${new URLSearchParams({ error })}`, request.url);
  return Response.json(
    { url: url.toString() },
    { status: 429, headers: { 'retry-after': String(refused.retryAfterSeconds) } },
  );
}
