import { latestStatusEntry } from '@/lib/rescale/latest-status';

/**
 * Why each finished job on screen ended. The jobs list says only `Completed`, and
 * `Completed` does not mean success: the reason is in the job's newest status, one
 * call per job. A finished job never changes again, so each is looked up once and
 * remembered in this browser, and a reload or another tab costs no call.
 */

/** The reason a finished job ended; null when the platform gave none. Undefined while unknown. */
export type Outcome = string | null | undefined;

/** The part of `localStorage` used here. */
export type OutcomeStorage = {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
};

export type OutcomeDeps = {
  /** One job's newest status page: the body of `jobs/{id}/statuses/?page_size=1`. */
  request: (jobId: string) => Promise<unknown>;
  storage: OutcomeStorage | null;
  /** Job ids are unique within a platform only. */
  scope: string;
  now: () => number;
  /** Runs `run` once, `ms` from now. */
  later: (run: () => void, ms: number) => void;
};

/** Enough for every job on a few hundred pages; the oldest are forgotten first. */
export const MAX_REMEMBERED = 2_000;
/** Calls at a time: a page of 100 finished jobs fills in quickly without a burst of 100. */
export const CONCURRENCY = 4;
/** A lookup that failed (throttled, unreachable) is tried again after this, while its job is still on screen. */
export const RETRY_AFTER_FAILURE_MS = 60_000;

const STORAGE_PREFIX = 'rescale-job-outcomes:v1:';

export class JobOutcomes {
  private known: Map<string, string | null> | null = null;
  private queued: string[] = [];
  private readonly pending = new Set<string>();
  private readonly failedAt = new Map<string, number>();
  /** The jobs on screen, as of the latest `want`. */
  private wanted: readonly string[] = [];
  private retryScheduled = false;
  private running = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: OutcomeDeps) {}

  get(jobId: string): Outcome {
    return this.remembered().get(jobId);
  }

  /**
   * The jobs on screen now (none once the table is gone): those whose outcome is neither
   * known nor being looked up are looked up, a few at a time, except any whose lookup
   * failed of late. Lookups still waiting for jobs no longer on screen are dropped.
   */
  want(jobIds: readonly string[]): void {
    this.wanted = jobIds;
    const onScreen = new Set(jobIds);
    for (const jobId of this.queued) if (!onScreen.has(jobId)) this.pending.delete(jobId);
    this.queued = this.queued.filter((jobId) => onScreen.has(jobId));
    const known = this.remembered();
    const now = this.deps.now();
    for (const jobId of jobIds) {
      if (known.has(jobId) || this.pending.has(jobId)) continue;
      const failed = this.failedAt.get(jobId);
      if (failed !== undefined && now - failed < RETRY_AFTER_FAILURE_MS) continue;
      this.pending.add(jobId);
      this.queued.push(jobId);
    }
    this.pump();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever an outcome becomes known, for `useSyncExternalStore`. */
  getVersion = (): number => this.version;

  private pump() {
    while (this.running < CONCURRENCY && this.queued.length > 0) {
      const jobId = this.queued.shift()!;
      this.running += 1;
      this.deps
        .request(jobId)
        .then(
          (body) => this.settle(jobId, latestStatusEntry(body)?.statusReason),
          () => this.settle(jobId, undefined),
        )
        .finally(() => {
          this.running -= 1;
          this.pump();
          if (this.running === 0) this.save();
        });
    }
  }

  private settle(jobId: string, reason: Outcome) {
    this.pending.delete(jobId);
    if (reason === undefined) {
      this.failedAt.set(jobId, this.deps.now());
      this.retryLater();
      return;
    }
    this.failedAt.delete(jobId);
    const known = this.remembered();
    known.set(jobId, reason);
    forgetOldest(known);
    this.changed();
  }

  private retryLater() {
    if (this.retryScheduled) return;
    this.retryScheduled = true;
    this.deps.later(() => {
      this.retryScheduled = false;
      this.want(this.wanted);
    }, RETRY_AFTER_FAILURE_MS);
  }

  private changed() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private remembered(): Map<string, string | null> {
    this.known ??= this.load();
    return this.known;
  }

  private load(): Map<string, string | null> {
    const known = new Map<string, string | null>();
    try {
      const stored: unknown = JSON.parse(
        this.deps.storage?.getItem(STORAGE_PREFIX + this.deps.scope) ?? '[]',
      );
      if (!Array.isArray(stored)) return known;
      for (const entry of stored) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
        const reason: unknown = entry[1];
        if (reason === null || typeof reason === 'string') known.set(entry[0], reason);
      }
    } catch {
      // Unreadable or blocked storage: start from nothing; the lookups will refill it.
    }
    return known;
  }

  /** Merged with what other tabs saved meanwhile, so no tab's lookups are lost to another's. */
  private save() {
    const merged = this.load();
    for (const [jobId, reason] of this.remembered()) {
      merged.delete(jobId);
      merged.set(jobId, reason);
    }
    forgetOldest(merged);
    const learned = merged.size > this.remembered().size;
    this.known = merged;
    if (learned) this.changed();
    try {
      this.deps.storage?.setItem(STORAGE_PREFIX + this.deps.scope, JSON.stringify([...merged]));
    } catch {
      // Full or blocked storage: the outcomes stay known for as long as this page is open.
    }
  }
}

function forgetOldest(known: Map<string, string | null>) {
  for (const jobId of known.keys()) {
    if (known.size <= MAX_REMEMBERED) return;
    known.delete(jobId);
  }
}
