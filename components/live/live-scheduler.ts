import { apiFetch } from '@/lib/api-client';
import { RescaleError } from '@/lib/rescale/errors';
import { canElectLeader, startLeadership } from './leadership';
import { DEFAULT_LIVE_POLICY, rateBudgetFromHeaders, type LivePolicy, type RateBudget } from './live-policy';
import { planPolls, unionOfNeeds, type KeyRecord, type TabNeeds } from './poll-plan';
import { parseTabMessage, type FailureInfo, type TabMessage } from './tab-messages';

/**
 * One per tab. It owns every live key: hooks tell it what they show and whether it can
 * still change; tabs tell each other what they need; the one leading tab polls the
 * union and broadcasts every result, so followers make no polling calls at all.
 */

const CHANNEL_NAME = 'rescale-live';
const LOCK_NAME = 'rescale-live-leader';
const BLOCK_STORAGE_KEY = 'rescale-live-blocked-until';
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

type KeyState = KeyRecord & { lastUpdatedAt: number | null; failure: FailureInfo | null };

const IDLE: KeyState = { lastAttemptAt: null, lastUpdatedAt: null, consecutiveErrors: 0, inFlight: false, failure: null };

function readStoredBlock(): number {
  try {
    return Number(localStorage.getItem(BLOCK_STORAGE_KEY)) || 0;
  } catch {
    return 0;
  }
}

function storeBlock(until: number) {
  try {
    localStorage.setItem(BLOCK_STORAGE_KEY, String(until));
  } catch {
    // Storage may be off (private mode); the broadcast still reaches the open tabs.
  }
}

export function failureOf(error: unknown): FailureInfo {
  if (error instanceof RescaleError) {
    return { status: error.status, detail: error.detail, retryAfterSeconds: error.retryAfterSeconds };
  }
  return { status: 0, detail: 'The dashboard could not be reached. Check your connection.', retryAfterSeconds: null };
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
  private readonly tabId = crypto.randomUUID();
  private readonly channel: BroadcastChannel | null =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  private leading = false;
  private readonly hooks = new Map<string, Map<symbol, HookEntry>>();
  private readonly keys = new Map<string, KeyState>();
  private readonly tabs = new Map<string, TabNeeds>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private blockedUntil = readStoredBlock();
  private budget: RateBudget | null = null;
  private nextRefreshAt = new Map<string, number>();
  private slowed = false;
  private lastPlanPosted = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly snapshots = new Map<string, KeySnapshot>();
  private readonly watchers = new Map<string, Set<() => void>>();

  constructor(private readonly policy: LivePolicy = DEFAULT_LIVE_POLICY) {
    this.channel?.addEventListener('message', (event: MessageEvent) => {
      const message = parseTabMessage(event.data);
      if (message) this.receive(message);
    });
    document.addEventListener('visibilitychange', () => this.announce());
    window.addEventListener('pagehide', () => this.post({ type: 'bye', tabId: this.tabId }));
    setInterval(() => this.announce(), HEARTBEAT_MS);
    if (this.channel !== null && canElectLeader()) {
      startLeadership(LOCK_NAME, { onLead: () => this.setLeading(true), onFollow: () => this.setLeading(false) });
    } else {
      this.setLeading(true);
    }
  }

  /**
   * A hook shows `key`; `apply` puts data fetched by any tab into its SWR cache.
   * `hasData` says the hook already holds data rendered by the server just now, which
   * therefore needs no call until its interval has passed.
   */
  register(key: string, entry: HookEntry, hasData: boolean): Registration {
    if (hasData && !this.keys.has(key)) {
      const at = Date.now();
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
    if (pending) return pending;
    const now = Date.now();
    if (now < this.blockedUntil) {
      const retryAfterSeconds = Math.ceil((this.blockedUntil - now) / 1000);
      return Promise.reject(
        new RescaleError({
          status: 429,
          detail: `Rescale is limiting requests for this key; retrying in ${retryAfterSeconds} s`,
          retryAfterSeconds,
        }),
      );
    }
    this.patchKey(key, { inFlight: true, lastAttemptAt: now });
    this.post({ type: 'fetching', key, at: now });
    const request = this.call(key).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
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

  private async call(key: string): Promise<unknown> {
    try {
      const res = await apiFetch(key, { headers: { accept: 'application/json' } });
      const data: unknown = await res.json();
      const budget = rateBudgetFromHeaders(res.headers);
      const at = Date.now();
      this.post({ type: 'result', key, at, data, budget });
      this.acceptResult(key, at, data, budget);
      return data;
    } catch (error) {
      const failure = failureOf(error);
      const at = Date.now();
      const blockedUntil =
        failure.status === 429
          ? at + (failure.retryAfterSeconds ?? this.policy.defaultRetryAfterMs / 1000) * 1000
          : 0;
      this.post({ type: 'failure', key, at, failure, blockedUntil });
      this.acceptFailure(key, at, failure, blockedUntil);
      throw error;
    }
  }

  private receive(message: TabMessage) {
    switch (message.type) {
      case 'needs':
        if (!this.tabs.has(message.tabId)) this.lastPlanPosted = '';
        this.tabs.set(message.tabId, { keys: new Set(message.keys), seenAt: Date.now() });
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
        this.patchKey(message.key, { inFlight: true, lastAttemptAt: message.at });
        return;
      case 'seen':
        if (!this.keys.has(message.key)) this.markSeen(message.key, message.at);
        return;
      case 'result':
        this.acceptResult(message.key, message.at, message.data, message.budget);
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

  private markSeen(key: string, at: number) {
    this.patchKey(key, { lastAttemptAt: at, lastUpdatedAt: at });
  }

  private acceptResult(key: string, at: number, data: unknown, budget: RateBudget | null) {
    if (budget !== null) this.budget = budget;
    this.patchKey(key, { inFlight: false, lastAttemptAt: at, lastUpdatedAt: at, consecutiveErrors: 0, failure: null });
    for (const entry of this.hooks.get(key)?.values() ?? []) entry.apply(data);
    this.replan();
  }

  private acceptFailure(key: string, at: number, failure: FailureInfo, blockedUntil: number) {
    const previous = this.keys.get(key) ?? IDLE;
    this.patchKey(key, {
      inFlight: false,
      lastAttemptAt: at,
      consecutiveErrors: previous.consecutiveErrors + 1,
      failure,
    });
    if (blockedUntil > this.blockedUntil) {
      this.blockedUntil = blockedUntil;
      storeBlock(blockedUntil);
      this.changedAll();
    }
    this.replan();
  }

  private patchKey(key: string, patch: Partial<KeyState>) {
    this.keys.set(key, { ...(this.keys.get(key) ?? IDLE), ...patch });
    this.changed(key);
  }

  private localNeeds(): string[] {
    if (document.visibilityState !== 'visible') return [];
    const keys: string[] = [];
    for (const [key, entries] of this.hooks) {
      if ([...entries.values()].some((entry) => entry.active)) keys.push(key);
    }
    return keys;
  }

  private announce() {
    const keys = this.localNeeds();
    this.tabs.set(this.tabId, { keys: new Set(keys), seenAt: Date.now() });
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
    if (this.timer !== null) clearTimeout(this.timer);
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
      this.timer = setTimeout(() => this.replan(), Math.max(0, settled.wakeAt - Date.now()));
    }
  }

  private plan() {
    const now = Date.now();
    return planPolls({
      needed: unionOfNeeds(this.tabs.values(), now, NEEDS_TTL_MS),
      records: this.keys,
      budget: this.budget,
      blockedUntil: this.blockedUntil,
      now,
      policy: this.policy,
    });
  }

  private post(message: TabMessage) {
    this.channel?.postMessage(message);
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

let scheduler: LiveScheduler | null = null;

/** The tab's scheduler, made on first use in the browser. */
export function liveScheduler(): LiveScheduler {
  scheduler ??= new LiveScheduler();
  return scheduler;
}
