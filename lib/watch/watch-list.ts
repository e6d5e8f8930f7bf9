/**
 * The jobs this browser watches, and the watched jobs that have ended, per region (job ids
 * are unique within a platform only). Kept in `localStorage`, so every open tab of the
 * dashboard shares one list and a reload keeps it; a tab hears another's changes through
 * the storage event (`refresh`).
 *
 * Every tab sees a watched job end (the leader's poll reaches them all), yet its user
 * must be told once: the first tab to claim the ending across tabs moves the job from
 * `watching` to `ended`, and notifies if it found the job still watched there.
 */

export type WatchedJob = { id: string; name: string };

export type EndedJob = WatchedJob & {
  status: string;
  reason: string | null;
  /** When this browser saw it end. */
  at: number;
};

export type WatchState = { watching: readonly WatchedJob[]; ended: readonly EndedJob[] };

/** The part of `localStorage` used here. */
export type WatchStorage = {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
};

export type WatchDeps = {
  storage: WatchStorage | null;
  /** The region's id. */
  scope: string;
  /**
   * Runs `run` unless another tab of this browser holds the claim `name`, and resolves to
   * its result, or to null when refused. A claim whose `run` found something stays held
   * until every tab's storage has heard what it wrote.
   */
  claim: <T>(name: string, run: () => T | null) => Promise<T | null>;
  now: () => number;
};

/** Ended jobs are shown until dismissed, but not forever: a day, and the newest few. */
export const ENDED_KEPT_MS = 24 * 60 * 60_000;
export const MAX_ENDED = 10;
/** More than anyone follows at once; the ceiling of polls shares itself among them anyway. */
export const MAX_WATCHING = 50;

const STORAGE_PREFIX = 'rescale-watch:v1:';

export const EMPTY_WATCH_STATE: WatchState = { watching: [], ended: [] };

function isWatchedJob(value: unknown): value is WatchedJob {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof name === 'string';
}

function isEndedJob(value: unknown): value is EndedJob {
  if (!isWatchedJob(value)) return false;
  const { status, reason, at } = value as Record<string, unknown>;
  return (
    typeof status === 'string' &&
    (reason === null || typeof reason === 'string') &&
    typeof at === 'number' &&
    Number.isFinite(at)
  );
}

/** Storage written by another tab, another build or by hand: whatever does not fit is left out. */
export function parseWatchState(raw: string | null): WatchState {
  if (raw === null) return EMPTY_WATCH_STATE;
  try {
    const parsed = JSON.parse(raw) as { watching?: unknown; ended?: unknown } | null;
    const watching = Array.isArray(parsed?.watching) ? parsed.watching.filter(isWatchedJob) : [];
    const ended = Array.isArray(parsed?.ended) ? parsed.ended.filter(isEndedJob) : [];
    return {
      watching: watching.map(({ id, name }) => ({ id, name })),
      ended: ended.map(({ id, name, status, reason, at }) => ({ id, name, status, reason, at })),
    };
  } catch {
    return EMPTY_WATCH_STATE;
  }
}

export class WatchList {
  private state: WatchState | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly endedListeners = new Set<(job: EndedJob) => void>();

  constructor(private readonly deps: WatchDeps) {}

  /** The same object until something changes, for `useSyncExternalStore`. */
  snapshot = (): WatchState => {
    this.state ??= this.load();
    return this.state;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Each job that ends from now on, in whichever tab it was seen first; once per tab. */
  onEnded(listener: (job: EndedJob) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  isWatched(jobId: string): boolean {
    return this.snapshot().watching.some((job) => job.id === jobId);
  }

  watch(job: WatchedJob): void {
    this.update((state) => ({
      watching: [
        ...state.watching.filter((watched) => watched.id !== job.id),
        { id: job.id, name: job.name },
      ].slice(-MAX_WATCHING),
      ended: state.ended.filter((ended) => ended.id !== job.id),
    }));
  }

  unwatch(jobId: string): void {
    this.update((state) => ({ ...state, watching: state.watching.filter((job) => job.id !== jobId) }));
  }

  dismiss(jobId: string): void {
    this.update((state) => ({ ...state, ended: state.ended.filter((job) => job.id !== jobId) }));
  }

  /**
   * A watched job was seen in a final state. Resolves to the ended job in the one tab
   * that should notify, and to null in every other (or when the job is not watched).
   */
  async end(
    jobId: string,
    latest: { status: string; statusReason: string | null },
  ): Promise<EndedJob | null> {
    this.snapshot();
    return this.deps.claim(`${this.storageKey()}:ended:${jobId}`, () => {
      const state = this.load();
      const watched = state.watching.find((job) => job.id === jobId);
      if (watched === undefined) {
        this.accept(state);
        return null;
      }
      const ended: EndedJob = {
        ...watched,
        status: latest.status,
        reason: latest.statusReason,
        at: this.deps.now(),
      };
      this.accept(
        this.save({
          watching: state.watching.filter((job) => job.id !== jobId),
          ended: [...state.ended, ended],
        }),
      );
      return ended;
    });
  }

  /** Another tab changed the list (the storage event). */
  refresh(): void {
    this.accept(this.load());
  }

  private update(change: (state: WatchState) => WatchState) {
    this.accept(this.save(change(this.load())));
  }

  private load(): WatchState {
    const storage = this.deps.storage;
    if (storage === null) return this.state ?? EMPTY_WATCH_STATE;
    try {
      return this.prune(parseWatchState(storage.getItem(this.storageKey())));
    } catch {
      return this.state ?? EMPTY_WATCH_STATE;
    }
  }

  private save(state: WatchState): WatchState {
    const pruned = this.prune(state);
    try {
      this.deps.storage?.setItem(this.storageKey(), JSON.stringify(pruned));
    } catch {
      // Full storage: the change shows in this tab until the list is next read.
    }
    return pruned;
  }

  private prune(state: WatchState): WatchState {
    const since = this.deps.now() - ENDED_KEPT_MS;
    return {
      watching: state.watching,
      ended: state.ended.filter((job) => job.at >= since).slice(-MAX_ENDED),
    };
  }

  private accept(next: WatchState) {
    const previous = this.state;
    if (previous !== null && JSON.stringify(previous) === JSON.stringify(next)) return;
    this.state = next;
    if (previous !== null) {
      const known = new Set(previous.ended.map((job) => job.id));
      for (const job of next.ended) {
        if (!known.has(job.id)) for (const listener of this.endedListeners) listener(job);
      }
    }
    for (const listener of this.listeners) listener();
  }

  private storageKey(): string {
    return STORAGE_PREFIX + this.deps.scope;
  }
}
