/**
 * The jobs this browser watches, and the watched jobs that have ended, per region (job ids
 * are unique within a platform only). Kept in `localStorage`, so every open tab of the
 * dashboard shares them and a reload keeps them; a tab hears another's changes through the
 * storage event (`refresh`).
 *
 * Every tab sees a watched job end (the leader's poll reaches them all), yet its user
 * must be told once: the first tab to claim the ending across tabs records it, and
 * notifies if it found the job still watched.
 *
 * Two kinds of entry, so that no tab's write can undo another's ending:
 * - `rescale-watch:v1:<region>`: `{ watching }`, changed only by the user's own actions
 *   (watch, unwatch, dismiss). Builds before this layout also kept `ended` in it; those are
 *   still read.
 * - `rescale-watch:v1:<region>:ended:<job id>`: one ending, written once by the tab that
 *   claimed it. Tabs hear of each other's writes late (Chromium delivers them between
 *   processes asynchronously), so two tabs claiming two jobs in the same poll would each
 *   overwrite the other's ending if endings lived in one shared entry.
 * A watched job with an ending is no longer watched; a watch list rewritten later drops it.
 */
import { memoryStorage } from './memory-storage';

export type WatchedJob = { id: string; name: string };

export type EndedJob = WatchedJob & {
  status: string;
  reason: string | null;
  /** When this browser saw it end. */
  at: number;
};

export type WatchState = { watching: readonly WatchedJob[]; ended: readonly EndedJob[] };

/** The part of `localStorage` used here. */
export type WatchStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type WatchDeps = {
  storage: WatchStorage;
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

function toEndedJob(value: unknown): EndedJob | null {
  if (!isWatchedJob(value)) return null;
  const { id, name, status, reason, at } = value as WatchedJob & Record<string, unknown>;
  const fits =
    typeof status === 'string' &&
    (reason === null || typeof reason === 'string') &&
    typeof at === 'number' &&
    Number.isFinite(at);
  return fits ? { id, name, status, reason, at } : null;
}

function parseEnding(raw: string | null): EndedJob | null {
  if (raw === null) return null;
  try {
    return toEndedJob(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Storage written by another tab, another build or by hand: whatever does not fit is left out. */
export function parseWatchState(raw: string | null): WatchState {
  if (raw === null) return EMPTY_WATCH_STATE;
  try {
    const parsed = JSON.parse(raw) as { watching?: unknown; ended?: unknown } | null;
    const watching = Array.isArray(parsed?.watching) ? parsed.watching.filter(isWatchedJob) : [];
    const ended = Array.isArray(parsed?.ended) ? parsed.ended.map(toEndedJob) : [];
    return {
      watching: watching.map(({ id, name }) => ({ id, name })),
      ended: ended.filter((job) => job !== null),
    };
  } catch {
    return EMPTY_WATCH_STATE;
  }
}

export class WatchList {
  private state: WatchState | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly endedListeners = new Set<(job: EndedJob) => void>();
  private storage: WatchStorage;

  constructor(private readonly deps: WatchDeps) {
    this.storage = deps.storage;
  }

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

  /** Whether a `storage` event's key is this list's, so that the tab should `refresh`. */
  owns(storageKey: string): boolean {
    return storageKey === this.listKey() || storageKey.startsWith(this.endingKey(''));
  }

  isWatched(jobId: string): boolean {
    return this.snapshot().watching.some((job) => job.id === jobId);
  }

  watch(job: WatchedJob): void {
    this.rewrite(
      (watching) =>
        [...watching.filter((watched) => watched.id !== job.id), { id: job.id, name: job.name }].slice(
          -MAX_WATCHING,
        ),
      job.id,
    );
  }

  unwatch(jobId: string): void {
    this.rewrite((watching) => watching.filter((job) => job.id !== jobId));
  }

  dismiss(jobId: string): void {
    this.rewrite((watching) => watching, jobId);
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
    return this.deps.claim(this.endingKey(jobId), () => {
      const watched = this.load().watching.find((job) => job.id === jobId);
      if (watched === undefined) {
        this.refresh();
        return null;
      }
      const ended: EndedJob = {
        ...watched,
        status: latest.status,
        reason: latest.statusReason,
        at: this.deps.now(),
      };
      this.write(this.endingKey(jobId), JSON.stringify(ended));
      this.refresh();
      return ended;
    });
  }

  /** Another tab changed the list (the storage event). */
  refresh(): void {
    this.accept(this.load());
  }

  /** The watches (those that ended left out) and the endings still shown. */
  private load(): WatchState {
    const stored = this.read();
    const endedIds = new Set(stored.ended.map((job) => job.id));
    return {
      watching: stored.watching.filter((job) => !endedIds.has(job.id)),
      ended: this.shown(stored.ended),
    };
  }

  /**
   * Changes the watches, and forgets `forgotten`'s ending: the one read-change-write of the
   * list, made only on the user's own action. Endings past showing are removed with it.
   */
  private rewrite(change: (watching: readonly WatchedJob[]) => readonly WatchedJob[], forgotten?: string) {
    const stored = this.read();
    const endedIds = new Set(stored.ended.map((job) => job.id));
    const watching = change(stored.watching.filter((job) => !endedIds.has(job.id)));
    const kept = new Set(this.shown(stored.ended).map((job) => job.id));
    kept.delete(forgotten ?? '');
    for (const job of stored.ended) {
      if (!kept.has(job.id)) this.remove(this.endingKey(job.id));
      else this.write(this.endingKey(job.id), JSON.stringify(job));
    }
    this.write(this.listKey(), JSON.stringify({ watching }));
    this.refresh();
  }

  /**
   * Everything stored for the region. Storage that stops answering (a read throws) is
   * replaced by storage that lasts as long as the tab, holding what the tab shows: the
   * user's next watch or dismissal then still takes effect, in this tab alone.
   */
  private read(): WatchState {
    try {
      return this.readStored();
    } catch {
      this.storage = memoryStorage();
      const shown = this.state ?? EMPTY_WATCH_STATE;
      this.write(this.listKey(), JSON.stringify({ watching: shown.watching }));
      for (const job of shown.ended) this.write(this.endingKey(job.id), JSON.stringify(job));
      return this.readStored();
    }
  }

  private readStored(): WatchState {
    const { storage } = this;
    const list = parseWatchState(storage.getItem(this.listKey()));
    const endings = new Map(list.ended.map((job) => [job.id, job]));
    const prefix = this.endingKey('');
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (!key?.startsWith(prefix)) continue;
      const ending = parseEnding(storage.getItem(key));
      if (ending !== null && ending.id === key.slice(prefix.length)) endings.set(ending.id, ending);
    }
    return { watching: list.watching, ended: [...endings.values()] };
  }

  private shown(ended: readonly EndedJob[]): EndedJob[] {
    const since = this.deps.now() - ENDED_KEPT_MS;
    return ended
      .filter((job) => job.at >= since)
      .toSorted((a, b) => a.at - b.at)
      .slice(-MAX_ENDED);
  }

  private write(key: string, value: string) {
    try {
      if (this.storage.getItem(key) !== value) this.storage.setItem(key, value);
    } catch {
      // Full storage: the change is lost, as the list read back shows.
    }
  }

  private remove(key: string) {
    try {
      this.storage.removeItem(key);
    } catch {
      // Unreadable storage: nothing was shown from it either.
    }
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

  private listKey(): string {
    return STORAGE_PREFIX + this.deps.scope;
  }

  private endingKey(jobId: string): string {
    return `${this.listKey()}:ended:${jobId}`;
  }
}
