import type { ResourceKind } from './resource-kind';

/**
 * How often live data is polled. Pure: the scheduler feeds it what is on screen and
 * what the key's budget looks like, and gets back an interval per resource.
 */

export type LivePolicy = {
  /**
   * How often each kind of resource would be polled if it were alone and the budget
   * ample; under the ceiling these are also the shares: a followed tail, being what
   * the reader watches, gets most of the calls. A job's cluster barely changes while the
   * job runs; once the job has ended the platform stops it within moments, and it is then
   * the one thing on the page still changing, so it takes over the job statuses' pace.
   */
  preferredIntervalMs: Record<ResourceKind, number>;
  /**
   * Ceiling on polling calls per minute for the whole browser (all tabs share one poller).
   * At 15 a minute a key spends at most 900 calls an hour on live updates, an eighth of
   * the platform's 7,200 general calls, however many tabs are open: the rest is the user's.
   */
  maxCallsPerMinute: number;
  /** Below this share of the hourly budget left, intervals stretch. */
  lowBudgetShare: number;
  /** The longest any interval may be stretched to, so a page never looks dead. */
  maxIntervalMs: number;
  /** Wait this long after a 429 that names no `Retry-After`. */
  defaultRetryAfterMs: number;
};

export const DEFAULT_LIVE_POLICY: LivePolicy = {
  preferredIntervalMs: {
    tail: 4_000,
    jobStatuses: 15_000,
    clusterStatuses: 60_000,
    clusterWindingDown: 15_000,
    runs: 60_000,
    directory: 60_000,
    jobs: 10_000,
    other: 60_000,
  },
  maxCallsPerMinute: 15,
  lowBudgetShare: 0.25,
  maxIntervalMs: 5 * 60_000,
  defaultRetryAfterMs: 60_000,
};

export type RateBudget = { limit: number; remaining: number };

/** Reads the `X-RateLimit-*` pair the proxy passes through; null when absent or nonsense. */
export function rateBudgetFromHeaders(headers: Headers): RateBudget | null {
  const limit = Number(headers.get('x-ratelimit-limit'));
  const remaining = Number(headers.get('x-ratelimit-remaining'));
  if (!headers.has('x-ratelimit-limit') || !headers.has('x-ratelimit-remaining')) return null;
  if (!Number.isFinite(limit) || !Number.isFinite(remaining) || limit <= 0) return null;
  return { limit, remaining: Math.max(0, Math.min(remaining, limit)) };
}

export function isBudgetLow(budget: RateBudget | null, policy: LivePolicy = DEFAULT_LIVE_POLICY): boolean {
  return budget !== null && budget.remaining / budget.limit < policy.lowBudgetShare;
}

/**
 * How many times slower to poll for the budget left: at least twice as slow once the
 * budget is low, and slower still as it shrinks (a tenth of the threshold left: ten times).
 */
export function budgetStretch(budget: RateBudget | null, policy: LivePolicy = DEFAULT_LIVE_POLICY): number {
  if (budget === null || !isBudgetLow(budget, policy)) return 1;
  const share = budget.remaining / budget.limit;
  if (share <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(2, policy.lowBudgetShare / share);
}

/** Repeated failures double the wait each time, up to 32 times, so a sick platform is not hammered. */
export function errorBackoff(consecutiveErrors: number): number {
  return 2 ** Math.min(Math.max(consecutiveErrors, 0), 5);
}

/**
 * The interval for each key polled together: preferred pace, slowed as a whole when the
 * sum would exceed the calls-per-minute ceiling, then stretched for a low budget.
 */
export function pollIntervals(
  keys: Iterable<readonly [string, ResourceKind]>,
  budget: RateBudget | null,
  policy: LivePolicy = DEFAULT_LIVE_POLICY,
): Map<string, number> {
  const preferred = new Map<string, number>();
  for (const [key, kind] of keys) preferred.set(key, policy.preferredIntervalMs[kind]);
  let callsPerMinute = 0;
  for (const interval of preferred.values()) callsPerMinute += 60_000 / interval;
  const ceiling = Math.max(1, callsPerMinute / policy.maxCallsPerMinute);
  const stretch = budgetStretch(budget, policy);
  const intervals = new Map<string, number>();
  for (const [key, interval] of preferred) {
    intervals.set(key, Math.min(policy.maxIntervalMs, interval * ceiling * stretch));
  }
  return intervals;
}

/** When a key is next due: after its interval (times the error backoff), never before a 429 has passed. */
export function nextPollAt(
  lastAttemptAt: number | null,
  intervalMs: number,
  consecutiveErrors: number,
  blockedUntil: number,
  policy: LivePolicy = DEFAULT_LIVE_POLICY,
): number {
  const wait = Math.min(policy.maxIntervalMs, intervalMs * errorBackoff(consecutiveErrors));
  const due = lastAttemptAt === null ? 0 : lastAttemptAt + wait;
  return Math.max(due, blockedUntil);
}
