import type { RateBudget } from './live-policy';
import { isResourceKind, type ResourceKind } from './resource-kind';

/**
 * What tabs of one browser tell each other over a BroadcastChannel. Nothing here
 * ever reaches Rescale: the messages exist so that only one tab has to.
 */

export type FailureInfo = { status: number; detail: string; retryAfterSeconds: number | null };

export type TabMessage =
  /**
   * The keys a tab needs polled right now, with their kind (when hidden, only what it watches
   * in the background), and whether it is visible; repeated as a heartbeat.
   */
  | { type: 'needs'; tabId: string; keys: Array<[string, ResourceKind]>; visible: boolean }
  /** A tab is closing. */
  | { type: 'bye'; tabId: string }
  /** A new leader asks every tab to say what it needs, so it need not wait for the heartbeat. */
  | { type: 'roll-call'; tabId: string }
  /** `tabId` made a call for `key`; should that tab go away before answering, the call is lost. */
  | { type: 'fetching'; tabId: string; key: string; at: number }
  /** A tab got `key` without a call of its own (server-rendered): it is fresh as of `at`. */
  | { type: 'seen'; key: string; at: number }
  /** `startedAt` orders results of overlapping calls: an answer to an older call never replaces a newer one. */
  | { type: 'result'; key: string; startedAt: number; at: number; data: unknown; budget: RateBudget | null }
  | { type: 'failure'; key: string; at: number; failure: FailureInfo; blockedUntil: number }
  /** The leader's schedule, so every tab can show when its data is next refreshed. */
  | { type: 'plan'; tabId: string; nextRefreshAt: Array<[string, number]>; slowed: boolean };

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isNeed(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && isString(value[0]) && isResourceKind(value[1]);
}

function isBudget(value: unknown): value is RateBudget | null {
  if (value === null) return true;
  const budget = value as Partial<RateBudget> | undefined;
  return typeof value === 'object' && isNumber(budget?.limit) && isNumber(budget?.remaining);
}

function isFailure(value: unknown): value is FailureInfo {
  const failure = value as Partial<FailureInfo> | undefined;
  return (
    typeof value === 'object' &&
    value !== null &&
    isNumber(failure?.status) &&
    isString(failure?.detail) &&
    (failure?.retryAfterSeconds === null || isNumber(failure?.retryAfterSeconds))
  );
}

/** Another tab may run an older or newer build of the app: anything not understood is ignored. */
export function parseTabMessage(value: unknown): TabMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'needs':
      return isString(m.tabId) && Array.isArray(m.keys) && m.keys.every(isNeed)
        ? {
            type: 'needs',
            tabId: m.tabId,
            keys: m.keys as Array<[string, ResourceKind]>,
            // An older build says nothing of it, and needs nothing while hidden.
            visible: typeof m.visible === 'boolean' ? m.visible : m.keys.length > 0,
          }
        : null;
    case 'bye':
    case 'roll-call':
      return isString(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'fetching':
      return isString(m.tabId) && isString(m.key) && isNumber(m.at)
        ? { type: 'fetching', tabId: m.tabId, key: m.key, at: m.at }
        : null;
    case 'seen':
      return isString(m.key) && isNumber(m.at) ? { type: 'seen', key: m.key, at: m.at } : null;
    case 'result':
      return isString(m.key) &&
        isNumber(m.startedAt) &&
        isNumber(m.at) &&
        isBudget(m.budget) &&
        m.data !== undefined
        ? { type: 'result', key: m.key, startedAt: m.startedAt, at: m.at, data: m.data, budget: m.budget }
        : null;
    case 'failure':
      return isString(m.key) && isNumber(m.at) && isFailure(m.failure) && isNumber(m.blockedUntil)
        ? { type: 'failure', key: m.key, at: m.at, failure: m.failure, blockedUntil: m.blockedUntil }
        : null;
    case 'plan':
      return isString(m.tabId) &&
        typeof m.slowed === 'boolean' &&
        Array.isArray(m.nextRefreshAt) &&
        m.nextRefreshAt.every((entry) => Array.isArray(entry) && isString(entry[0]) && isNumber(entry[1]))
        ? {
            type: 'plan',
            tabId: m.tabId,
            nextRefreshAt: m.nextRefreshAt as Array<[string, number]>,
            slowed: m.slowed,
          }
        : null;
    default:
      return null;
  }
}
