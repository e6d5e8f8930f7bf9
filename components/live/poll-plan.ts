import { DEFAULT_LIVE_POLICY, isBudgetLow, nextPollAt, pollIntervals, type LivePolicy, type RateBudget } from './live-policy';

/**
 * The leader's decision, pure: which keys to poll now, when each is next refreshed and
 * when to look again. Every tab keeps the same records (results are broadcast), so a new
 * leader carries on the old one's schedule instead of starting over.
 */

export type KeyRecord = {
  lastAttemptAt: number | null;
  consecutiveErrors: number;
  inFlight: boolean;
};

export type PlanInput = {
  /** Keys some visible tab shows and that can still change. */
  needed: ReadonlySet<string>;
  records: ReadonlyMap<string, KeyRecord>;
  budget: RateBudget | null;
  /** Until when a 429 forbids any call with this key. */
  blockedUntil: number;
  now: number;
  policy?: LivePolicy;
};

export type Plan = {
  due: string[];
  nextRefreshAt: Map<string, number>;
  /** When the earliest key not yet due becomes due; null when nothing is to be polled. */
  wakeAt: number | null;
  slowed: boolean;
};

const NEVER: KeyRecord = { lastAttemptAt: null, consecutiveErrors: 0, inFlight: false };

/**
 * A call another tab started and never reported on (the tab closed mid-request) must not
 * hold its key forever: after this long it is presumed lost.
 */
export const IN_FLIGHT_TIMEOUT_MS = 45_000;

export function planPolls({ needed, records, budget, blockedUntil, now, policy = DEFAULT_LIVE_POLICY }: PlanInput): Plan {
  const intervals = pollIntervals(needed, budget, policy);
  const due: string[] = [];
  const nextRefreshAt = new Map<string, number>();
  let wakeAt: number | null = null;
  for (const [key, interval] of intervals) {
    const record = records.get(key) ?? NEVER;
    if (record.inFlight && now - (record.lastAttemptAt ?? now) < IN_FLIGHT_TIMEOUT_MS) continue;
    const at = nextPollAt(record.lastAttemptAt, interval, record.consecutiveErrors, blockedUntil, policy);
    if (at <= now) {
      due.push(key);
      nextRefreshAt.set(key, now);
    } else {
      nextRefreshAt.set(key, at);
      wakeAt = wakeAt === null ? at : Math.min(wakeAt, at);
    }
  }
  return { due, nextRefreshAt, wakeAt, slowed: needed.size > 0 && isBudgetLow(budget, policy) };
}

export type TabNeeds = { keys: ReadonlySet<string>; seenAt: number };

/**
 * What all live tabs need together. A tab that has not said anything for `ttlMs`
 * has closed or frozen without saying goodbye, and no longer counts.
 */
export function unionOfNeeds(tabs: Iterable<TabNeeds>, now: number, ttlMs: number): Set<string> {
  const union = new Set<string>();
  for (const tab of tabs) {
    if (now - tab.seenAt > ttlMs) continue;
    for (const key of tab.keys) union.add(key);
  }
  return union;
}
