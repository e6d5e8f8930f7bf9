import { RescaleError } from '@/lib/rescale/errors';
import { retryingWords } from '@/lib/rescale/failure-words';
import { DEFAULT_LIVE_POLICY, type LivePolicy, type RateBudget } from './live-policy';
import { planPolls, unionOfNeeds, type KeyRecord, type TabNeeds } from './poll-plan';
import type { SchedulerEnv } from './scheduler-env';
import { parseTabMessage, type FailureInfo, type TabMessage } from './tab-messages';

/**
 * One per tab. It owns every live key: hooks tell it what they show and whether it can
 * still change; tabs tell each other what they need; the one leading tab polls the
 * union and broadcasts every result, so followers make no polling calls at all.
 */

/** Tabs repeat what they need this often, so a new leader is never long in the dark. */
const HEARTBEAT_MS = 1_500;
/** A tab silent for this long has gone away without saying so. */
const NEEDS_TTL_MS = 4 * HEARTBEAT_MS;

export type KeySnapshot = {
  lastUpdatedAt: number | null;
  nextRefreshAt: number | null;
  fetching: boolean;
  failure: FailureInfo | null;
  blockedUntil: number;
  slowed: boolean;
};

export type HookEntry = { active: boolean; apply: (data: unknown) => void };

export type Registration = { update: (active: boolean) => void; unregister: () => void };

type KeyState = KeyRecord & {
  /** The tab whose call is under way, while one is. */
  callerTabId: string | null;
  lastUpdatedAt: number | null;
  /** When the call whose answer is on screen started. */
  shownStartedAt: number;
  failure: FailureInfo | null;
};

const IDLE: KeyState = {
  callerTabId: null,
  lastAttemptAt: null,
  lastUpdatedAt: null,
  shownStartedAt: 0,
  consecutiveErrors: 0,
  inFlight: false,
  failure: null,
};

function failureOf(error: unknown): FailureInfo {
  if (error instanceof RescaleError) {
    return { status: error.status, detail: error.detail, retryAfterSeconds: error.retryAfterSeconds };
  }
  return {
    status: 0,
    detail: 'The dashboard could not be reached. Check your connection.',
    retryAfterSeconds: null,
  };
}

function sameSnapshot(a: KeySnapshot, b: KeySnapshot): boolean {
  return (
    a.lastUpdatedAt === b.lastUpdatedAt &&
    a.nextRefreshAt === b.nextRefreshAt &&
    a.fetching === b.fetching &&
    a.failure === b.failure &&
    a.blockedUntil === b.blockedUntil &&
    a.slowed === b.slowed
  );
}

export class LiveScheduler {
  private readonly tabId: string;
  private leading = false;
  private readonly hooks = new Map<string, Map<symbol, HookEntry>>();
  private readonly keys = new Map<string, KeyState>();
  private readonly tabs = new Map<string, TabNeeds>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly askAgain = new Map<string, Promise<unknown>>();
  /** When calls started in any tab over the last minute, for the calls-per-minute ceiling. */
  private recentCalls: number[] = [];
  private blockedUntil: number;
  private budget: RateBudget | null = null;
  private nextRefreshAt = new Map<string, number>();
  private slowed = false;
  private lastPlanPosted = '';
  private timer: unknown = null;
  private readonly snapshots = new Map<string, KeySnapshot>();
  private readonly watchers = new Map<string, Set<() => void>>();

  constructor(
    private readonly env: SchedulerEnv,
    private readonly policy: LivePolicy = DEFAULT_LIVE_POLICY,
  ) {
    this.tabId = env.newTabId();
    this.blockedUntil = env.blockStore.read();
    env.channel?.listen((data) => {
      const message = parseTabMessage(data);
      if (message) this.receive(message);
    });
    env.onVisibilityChange(() => this.announce());
    env.onPageHide(() => this.post({ type: 'bye', tabId: this.tabId }));
    env.every(() => this.announce(), HEARTBEAT_MS);
    if (env.elect !== null) {
      env.elect({ onLead: () => this.setLeading(true), onFollow: () => this.setLeading(false) });
    } else {
      this.setLeading(true);
    }
  }

  isLeading(): boolean {
    return this.leading;
  }

  /**
   * A hook shows `key`; `apply` puts data fetched by any tab into its SWR cache.
   * `hasData` says the hook already holds data rendered by the server just now, which
   * therefore needs no call until its interval has passed.
   */
  register(key: string, entry: HookEntry, hasData: boolean): Registration {
    if (hasData && !this.keys.has(key)) {
      const at = this.env.now();
      this.markSeen(key, at);
      this.post({ type: 'seen', key, at });
    }
    const id = Symbol(key);
    const entries = this.hooks.get(key) ?? new Map<symbol, HookEntry>();
    entries.set(id, entry);
    this.hooks.set(key, entries);
    this.announce();
    return {
      update: (active) => {
        const current = entries.get(id);
        if (!current || current.active === active) return;
        entries.set(id, { ...current, active });
        this.announce();
      },
      unregister: () => {
        entries.delete(id);
        if (entries.size === 0) this.hooks.delete(key);
        this.announce();
      },
    };
  }

  /**
   * The one door through which live data is fetched, in any tab: for a first load, a
   * manual refresh or a poll. It refuses to call while a 429 stands, shares a call
   * already under way, and tells every other tab what came back.
   */
  fetch(key: string): Promise<unknown> {
    const pending = this.inFlight.get(key);
    if (pending) return this.fetchAfter(key, pending);
    const now = this.env.now();
    const refused = this.refusal(now);
    if (refused) return Promise.reject(refused);
    this.noteAttempt(key, now, this.tabId);
    this.post({ type: 'fetching', tabId: this.tabId, key, at: now });
    const request = this.call(key, now).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
  }

  /**
   * A one-off read of something that can no longer change, such as a finished job's
   * outcome. It is not polling: it neither counts toward the polling ceiling nor is
   * shared with other tabs. It does obey a standing 429, and a 429 it meets stops
   * every tab's polling like any other.
   */
  async lookup(key: string): Promise<unknown> {
    const refused = this.refusal(this.env.now());
    if (refused) throw refused;
    try {
      const { data, budget } = await this.env.request(key);
      if (budget !== null) this.budget = budget;
      return data;
    } catch (error) {
      if (failureOf(error).status === 429) this.reportFailure(key, error);
      throw error;
    }
  }

  /** While a 429 stands, the error to answer with instead of calling. */
  private refusal(now: number): RescaleError | null {
    if (now >= this.blockedUntil) return null;
    const retryAfterSeconds = Math.ceil((this.blockedUntil - now) / 1000);
    return new RescaleError({
      status: 429,
      detail: retryingWords(retryAfterSeconds),
      retryAfterSeconds,
    });
  }

  /**
   * A call already under way may have started before what the caller just changed (a
   * stop, a submit), so its answer could be stale: ask once more when it is back, and
   * let every caller meanwhile share that one extra call.
   */
  private fetchAfter(key: string, pending: Promise<unknown>): Promise<unknown> {
    const queued = this.askAgain.get(key);
    if (queued) return queued;
    const next = pending
      .catch(() => undefined)
      .then(() => {
        this.askAgain.delete(key);
        return this.fetch(key);
      });
    this.askAgain.set(key, next);
    return next;
  }

  watch(key: string, onChange: () => void): () => void {
    const set = this.watchers.get(key) ?? new Set<() => void>();
    set.add(onChange);
    this.watchers.set(key, set);
    return () => {
      set.delete(onChange);
      if (set.size > 0) return;
      this.watchers.delete(key);
      this.snapshots.delete(key);
    };
  }

  snapshot(key: string): KeySnapshot {
    const cached = this.snapshots.get(key);
    if (cached) return cached;
    const fresh = this.buildSnapshot(key);
    this.snapshots.set(key, fresh);
    return fresh;
  }

  private buildSnapshot(key: string): KeySnapshot {
    const state = this.keys.get(key) ?? IDLE;
    const nextRefreshAt = this.nextRefreshAt.get(key) ?? null;
    return {
      lastUpdatedAt: state.lastUpdatedAt,
      nextRefreshAt,
      fetching: state.inFlight,
      failure: state.failure,
      blockedUntil: this.blockedUntil,
      slowed: this.slowed && nextRefreshAt !== null,
    };
  }

  private async call(key: string, startedAt: number): Promise<unknown> {
    try {
      const { data, budget } = await this.env.request(key);
      const at = this.env.now();
      this.post({ type: 'result', key, startedAt, at, data, budget });
      this.acceptResult(key, startedAt, at, data, budget);
      return data;
    } catch (error) {
      this.reportFailure(key, error);
      throw error;
    }
  }

  /** Here and in every other tab: a 429 blocks all calls until its `Retry-After` has passed. */
  private reportFailure(key: string, error: unknown) {
    const failure = failureOf(error);
    const at = this.env.now();
    const blockedUntil =
      failure.status === 429
        ? at + (failure.retryAfterSeconds ?? this.policy.defaultRetryAfterMs / 1000) * 1000
        : 0;
    this.post({ type: 'failure', key, at, failure, blockedUntil });
    this.acceptFailure(key, at, failure, blockedUntil);
  }

  private receive(message: TabMessage) {
    switch (message.type) {
      case 'needs':
        if (!this.tabs.has(message.tabId)) this.lastPlanPosted = '';
        this.tabs.set(message.tabId, { keys: new Set(message.keys), seenAt: this.env.now() });
        this.replan();
        return;
      case 'bye':
        this.tabs.delete(message.tabId);
        this.replan();
        return;
      case 'roll-call':
        this.announce();
        return;
      case 'fetching':
        this.noteAttempt(message.key, message.at, message.tabId);
        return;
      case 'seen':
        if (!this.keys.has(message.key)) this.markSeen(message.key, message.at);
        return;
      case 'result':
        this.acceptResult(message.key, message.startedAt, message.at, message.data, message.budget);
        return;
      case 'failure':
        this.acceptFailure(message.key, message.at, message.failure, message.blockedUntil);
        return;
      case 'plan':
        if (this.leading) return;
        this.nextRefreshAt = new Map(message.nextRefreshAt);
        this.slowed = message.slowed;
        this.changedAll();
        return;
    }
  }

  private noteAttempt(key: string, at: number, callerTabId: string) {
    const minuteAgo = this.env.now() - 60_000;
    this.recentCalls = this.recentCalls.filter((call) => call > minuteAgo);
    this.recentCalls.push(at);
    this.patchKey(key, { inFlight: true, lastAttemptAt: at, callerTabId });
  }

  private markSeen(key: string, at: number) {
    this.patchKey(key, { lastAttemptAt: at, lastUpdatedAt: at });
  }

  private acceptResult(key: string, startedAt: number, at: number, data: unknown, budget: RateBudget | null) {
    if (budget !== null) this.budget = budget;
    const state = this.keys.get(key) ?? IDLE;
    if (startedAt < state.shownStartedAt) {
      this.patchKey(key, { inFlight: false, callerTabId: null });
    } else {
      this.patchKey(key, {
        inFlight: false,
        callerTabId: null,
        lastAttemptAt: Math.max(at, state.lastAttemptAt ?? at),
        lastUpdatedAt: at,
        shownStartedAt: startedAt,
        consecutiveErrors: 0,
        failure: null,
      });
      for (const entry of this.hooks.get(key)?.values() ?? []) entry.apply(data);
    }
    this.replan();
  }

  private acceptFailure(key: string, at: number, failure: FailureInfo, blockedUntil: number) {
    const previous = this.keys.get(key) ?? IDLE;
    this.patchKey(key, {
      inFlight: false,
      callerTabId: null,
      lastAttemptAt: at,
      consecutiveErrors: previous.consecutiveErrors + 1,
      failure,
    });
    if (blockedUntil > this.blockedUntil) {
      this.blockedUntil = blockedUntil;
      this.env.blockStore.write(blockedUntil);
      this.changedAll();
    }
    this.replan();
  }

  private patchKey(key: string, patch: Partial<KeyState>) {
    this.keys.set(key, { ...(this.keys.get(key) ?? IDLE), ...patch });
    this.changed(key);
  }

  private localNeeds(): string[] {
    if (!this.env.visible()) return [];
    const keys: string[] = [];
    for (const [key, entries] of this.hooks) {
      if ([...entries.values()].some((entry) => entry.active)) keys.push(key);
    }
    return keys;
  }

  private announce() {
    const keys = this.localNeeds();
    this.tabs.set(this.tabId, { keys: new Set(keys), seenAt: this.env.now() });
    this.post({ type: 'needs', tabId: this.tabId, keys });
    this.replan();
  }

  private setLeading(leading: boolean) {
    this.leading = leading;
    this.lastPlanPosted = '';
    if (leading) this.post({ type: 'roll-call', tabId: this.tabId });
    this.replan();
  }

  /** The leader's loop: poll what is due, tell every tab the schedule, sleep until the next due key. */
  private replan() {
    if (this.timer !== null) this.env.clearTimer(this.timer);
    this.timer = null;
    if (!this.leading) return;
    const plan = this.plan();
    for (const key of plan.due) this.fetch(key).catch(() => undefined);
    const settled = plan.due.length > 0 ? this.plan() : plan;
    this.nextRefreshAt = settled.nextRefreshAt;
    this.slowed = settled.slowed;
    this.changedAll();
    const entries = [...settled.nextRefreshAt];
    const posted = JSON.stringify([entries, settled.slowed]);
    if (posted !== this.lastPlanPosted) {
      this.lastPlanPosted = posted;
      this.post({ type: 'plan', tabId: this.tabId, nextRefreshAt: entries, slowed: settled.slowed });
    }
    if (settled.wakeAt !== null) {
      this.timer = this.env.setTimer(() => this.replan(), Math.max(0, settled.wakeAt - this.env.now()));
    }
  }

  private plan() {
    const now = this.env.now();
    return planPolls({
      needed: unionOfNeeds(this.tabs.values(), now, NEEDS_TTL_MS),
      records: this.recordsAt(now),
      budget: this.budget,
      blockedUntil: this.blockedUntil,
      recentCalls: this.recentCalls,
      now,
      policy: this.policy,
    });
  }

  /** The records to plan with: a call by a tab that has since gone (closed mid-call) will never answer. */
  private recordsAt(now: number): Map<string, KeyRecord> {
    const records = new Map<string, KeyRecord>();
    for (const [key, state] of this.keys) {
      const caller = state.callerTabId === null ? undefined : this.tabs.get(state.callerTabId);
      const callerGone =
        state.inFlight &&
        state.callerTabId !== this.tabId &&
        (caller === undefined || now - caller.seenAt > NEEDS_TTL_MS);
      records.set(key, callerGone ? { ...state, inFlight: false } : state);
    }
    return records;
  }

  private post(message: TabMessage) {
    this.env.channel?.post(message);
  }

  private changed(key: string) {
    const cached = this.snapshots.get(key);
    if (cached === undefined) return;
    const fresh = this.buildSnapshot(key);
    if (sameSnapshot(cached, fresh)) return;
    this.snapshots.set(key, fresh);
    for (const onChange of this.watchers.get(key) ?? []) onChange();
  }

  private changedAll() {
    for (const key of this.snapshots.keys()) this.changed(key);
  }
}
