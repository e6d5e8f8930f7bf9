import 'server-only';
import { createHash } from 'node:crypto';
import { createCallCounter, rateLimitHeaders } from './call-counter';

/**
 * The server's count of its own upstream calls per Rescale key, the fallback for when
 * the platform sends no `X-RateLimit-*` headers. Keys are counted by a digest, so the
 * counter never holds a key itself.
 */

/** Rescale's documented budget for general calls; a deployment can say otherwise. */
const DEFAULT_HOURLY_LIMIT = 7_200;

function configuredHourlyLimit(): number {
  const raw = process.env.RESCALE_HOURLY_CALL_LIMIT;
  const parsed = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : DEFAULT_HOURLY_LIMIT;
}

const counter = createCallCounter();

function keyId(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** Call once per request sent upstream with `key`, whatever its outcome. */
export function recordUpstreamCall(key: string): void {
  counter.record(keyId(key));
}

/** Headers to add to the proxy's answer so the browser can budget its polling. */
export function budgetHeaders(key: string, upstream: Headers): Record<string, string> {
  return rateLimitHeaders(upstream, counter.countLastHour(keyId(key)), configuredHourlyLimit());
}
