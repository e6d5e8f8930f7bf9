import { DEFAULT_LIVE_POLICY, type LivePolicy, type RateBudget } from './live-policy';
import { planPolls, unionOfNeeds, type KeyRecord, type TabNeeds } from './poll-plan';
import { failureOf, RatePause } from './rate-pause';
import type { ResourceKind } from './resource-kind';
import type { SchedulerEnv } from './scheduler-env';
import { SnapshotStore, type KeySnapshot } from './snapshot-store';
import { TabBus } from './tab-bus';
import type { FailureInfo, TabMessage } from './tab-messages';

/**
 * One per tab. It owns every live key: hooks tell it what they show and whether it can
 * still change; tabs tell each other what they need; the one leading tab polls the
 * union and broadcasts every result, so followers make no polling calls at all.
 */

/** Tabs repeat what they need this often, so a new leader is never long in the dark. */
const HEARTBEAT_MS = 1_500;
/** A tab silent for this long has gone away without saying so. */
const NEEDS_TTL_MS = 4 * HEARTBEAT_MS;

export type HookEntry = {
  active: boolean;
  apply: (data: unknown) => void;
  /** Kept polled while this tab is hidden too: a job the user watches while doing something else. */
  background?: boolean;
};

/** What the scheduler needs to know of a resource: its key, and its kind for the pace. */
export type LiveKey = { key: string; kind: ResourceKind };

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

export class LiveScheduler {
  private readonly tabId: string;
  private leading = false;
  private readonly hooks = new Map<string, { kind: ResourceKind; entries: Map<symbol, HookEntry> }>();
  private readonly keys = new Map<string, KeyState>();
  private readonly tabs = new Map<string, TabNeeds & { visible: boolean }>();
  private readonly eligibilityListeners: Array<() => void> = [];
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly askAgain = new Map<string, Promise<unknown>>();
  /** When calls started in any tab over the last minute, for the calls-per-minute ceiling. */
  private recentCalls: number[] = [];
  private readonly pause: RatePause;
  private readonly bus: TabBus;
  private readonly store = new SnapshotStore((key) => this.buildSnapshot(key));
  private budget: RateBudget | null = null;
  private nextRefreshAt = new Map<string, number>();
  private slowed = false;
  private lastPlanPosted = '';
  private timer: unknown = null;

  constructor(
    private readonly env: SchedulerEnv,
    private readonly policy: LivePolicy = DEFAULT_LIVE_POLICY,
  ) {
    this.tabId = env.newTabId();
    this.pause = new RatePause(env.blockStore, policy);
    this.bus = new TabBus(env.channel);
    this.bus.listen((message) => this.receive(message));
    env.onVisibilityChange(() => this.announce());
    env.onPageHide(() => this.post({ type: 'bye', tabId: this.tabId }));
    env.every(() => this.announce(), HEARTBEAT_MS);
    if (env.elect !== null) {
      env.elect(
        { onLead: () => this.setLeading(true), onFollow: () => this.setLeading(false) },
        { visible: () => this.eligible(), onChange: (listener) => this.eligibilityListeners.push(listener) },
      );
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
  register({ key, kind }: LiveKey, entry: HookEntry, hasData: boolean): Registration {
    if (hasData && !this.keys.has(key)) {
      const at = this.env.now();
      this.markSeen(key, at);
      this.post({ type: 'seen', key, at });
    }
    const id = Symbol(key);
    const entries = this.hooks.get(key)?.entries ?? new Map<symbol, HookEntry>();
    entries.set(id, entry);
    this.hooks.set(key, { kind, entries });
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
    const refused = this.pause.refusal(now);
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
    const refused = this.pause.refusal(this.env.now());
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
    return this.store.watch(key, onChange);
  }

  snapshot(key: string): KeySnapshot {
    return this.store.read(key);
  }

  private buildSnapshot(key: string): KeySnapshot {
    const state = this.keys.get(key) ?? IDLE;
    const nextRefreshAt = this.nextRefreshAt.get(key) ?? null;
    return {
      lastUpdatedAt: state.lastUpdatedAt,
      nextRefreshAt,
      fetching: state.inFlight,
      failure: state.failure,
      blockedUntil: this.pause.blockedUntil,
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
    const blockedUntil = this.pause.untilAfter(failure, at);
    this.post({ type: 'failure', key, at, failure, blockedUntil });
    this.acceptFailure(key, at, failure, blockedUntil);
  }

  private receive(message: TabMessage) {
    switch (message.type) {
      case 'needs':
        if (!this.tabs.has(message.tabId)) this.lastPlanPosted = '';
        this.tabs.set(message.tabId, {
          keys: new Map(message.keys),
          seenAt: this.env.now(),
          visible: message.visible,
        });
        this.eligibilityMayHaveChanged();
        this.replan();
        return;
      case 'bye':
        this.tabs.delete(message.tabId);
        this.eligibilityMayHaveChanged();
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
        this.store.changedAll();
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
      for (const entry of this.hooks.get(key)?.entries.values() ?? []) entry.apply(data);
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
    if (this.pause.extend(blockedUntil)) this.store.changedAll();
    this.replan();
  }

  private patchKey(key: string, patch: Partial<KeyState>) {
    this.keys.set(key, { ...(this.keys.get(key) ?? IDLE), ...patch });
    this.store.changed(key);
  }

  private localNeeds(visible: boolean): Array<[string, ResourceKind]> {
    const keys: Array<[string, ResourceKind]> = [];
    for (const [key, { kind, entries }] of this.hooks) {
      const needed = [...entries.values()].some((entry) => entry.active && (visible || entry.background));
      if (needed) keys.push([key, kind]);
    }
    return keys;
  }

  private announce() {
    const visible = this.env.visible();
    const keys = this.localNeeds(visible);
    this.tabs.set(this.tabId, { keys: new Map(keys), seenAt: this.env.now(), visible });
    this.post({ type: 'needs', tabId: this.tabId, keys, visible });
    this.eligibilityMayHaveChanged();
    this.replan();
  }

  /**
   * A visible tab leads. A hidden one leads only while it watches something in the
   * background and no tab is visible, since a hidden tab's timers are slowed by the
   * browser: it hands over as soon as a visible tab speaks up.
   */
  private eligible(): boolean {
    const own = this.tabs.get(this.tabId);
    if (this.env.visible()) return true;
    if (own === undefined || own.keys.size === 0) return false;
    const now = this.env.now();
    for (const [tabId, tab] of this.tabs) {
      if (tabId !== this.tabId && tab.visible && now - tab.seenAt <= NEEDS_TTL_MS) return false;
    }
    return true;
  }

  private eligibilityMayHaveChanged() {
    for (const listener of this.eligibilityListeners) listener();
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
    this.store.changedAll();
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
      blockedUntil: this.pause.blockedUntil,
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
    this.bus.post(message);
  }
}
