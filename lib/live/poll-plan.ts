import {
  DEFAULT_LIVE_POLICY,
  isBudgetLow,
  nextPollAt,
  pollIntervals,
  type LivePolicy,
  type RateBudget,
} from './live-policy';
import type { ResourceKind } from './resource-kind';

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
  /** Keys some visible tab shows and that can still change, with their kind. */
  needed: ReadonlyMap<string, ResourceKind>;
  records: ReadonlyMap<string, KeyRecord>;
  budget: RateBudget | null;
  /** Until when a 429 forbids any call with this key. */
  blockedUntil: number;
  /** When this browser's recent calls started (any tab, any reason), for the per-minute ceiling. */
  recentCalls?: readonly number[];
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

const MINUTE_MS = 60_000;

/**
 * The calls-per-minute ceiling as a hard limit over any sliding minute: the intervals
 * aim below it on average, this catches the moments when several keys fall due
 * together. Returns how many calls may start now, and when the next slot frees up.
 */
function minuteAllowance(recentCalls: readonly number[], now: number, ceiling: number) {
  const inWindow = recentCalls.filter((at) => at > now - MINUTE_MS).sort((a, b) => a - b);
  const allowed = Math.max(0, ceiling - inWindow.length);
  const afterNow = [...inWindow, ...Array<number>(allowed).fill(now)];
  /** The `waiting`-th call held back may start once this many calls have left the window. */
  const freesAt = (waiting: number) => {
    const leaving = afterNow[afterNow.length - ceiling + waiting];
    return leaving === undefined ? now : leaving + MINUTE_MS;
  };
  return { allowed, freesAt };
}

export function planPolls({
  needed,
  records,
  budget,
  blockedUntil,
  recentCalls = [],
  now,
  policy = DEFAULT_LIVE_POLICY,
}: PlanInput): Plan {
  const intervals = pollIntervals(needed, budget, policy);
  const overdue: Array<{ key: string; at: number }> = [];
  const nextRefreshAt = new Map<string, number>();
  let wakeAt: number | null = null;
  const wakeBy = (at: number) => (wakeAt = wakeAt === null ? at : Math.min(wakeAt, at));
  for (const [key, interval] of intervals) {
    const record = records.get(key) ?? NEVER;
    if (record.inFlight && now - (record.lastAttemptAt ?? now) < IN_FLIGHT_TIMEOUT_MS) continue;
    const at = nextPollAt(record.lastAttemptAt, interval, record.consecutiveErrors, blockedUntil, policy);
    if (at <= now) {
      overdue.push({ key, at });
    } else {
      nextRefreshAt.set(key, at);
      wakeBy(at);
    }
  }
  overdue.sort((a, b) => a.at - b.at);
  const { allowed, freesAt } = minuteAllowance(recentCalls, now, policy.maxCallsPerMinute);
  const due = overdue.slice(0, allowed).map(({ key }) => key);
  for (const key of due) nextRefreshAt.set(key, now);
  overdue.slice(allowed).forEach(({ key }, waiting) => {
    const at = Math.max(now + 1, freesAt(waiting));
    nextRefreshAt.set(key, at);
    wakeBy(at);
  });
  return { due, nextRefreshAt, wakeAt, slowed: needed.size > 0 && isBudgetLow(budget, policy) };
}

export type TabNeeds = { keys: ReadonlyMap<string, ResourceKind>; seenAt: number };

/**
 * What all live tabs need together. A tab that has not said anything for `ttlMs`
 * has closed or frozen without saying goodbye, and no longer counts.
 */
export function unionOfNeeds(
  tabs: Iterable<TabNeeds>,
  now: number,
  ttlMs: number,
): Map<string, ResourceKind> {
  const union = new Map<string, ResourceKind>();
  for (const tab of tabs) {
    if (now - tab.seenAt > ttlMs) continue;
    for (const [key, kind] of tab.keys) union.set(key, kind);
  }
  return union;
}
