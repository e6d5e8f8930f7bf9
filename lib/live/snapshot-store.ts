import type { FailureInfo } from './tab-messages';

/** What a hook shows about one key besides its data: freshness, schedule, trouble. */
export type KeySnapshot = {
  lastUpdatedAt: number | null;
  nextRefreshAt: number | null;
  fetching: boolean;
  failure: FailureInfo | null;
  blockedUntil: number;
  slowed: boolean;
};

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

/**
 * The external store `useSyncExternalStore` reads: one cached snapshot per watched key,
 * replaced (and its watchers told) only when something in it changed, so a render is
 * never caused by a snapshot equal to the last.
 */
export class SnapshotStore {
  private readonly snapshots = new Map<string, KeySnapshot>();
  private readonly watchers = new Map<string, Set<() => void>>();

  constructor(private readonly build: (key: string) => KeySnapshot) {}

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

  read(key: string): KeySnapshot {
    const cached = this.snapshots.get(key);
    if (cached) return cached;
    const fresh = this.build(key);
    this.snapshots.set(key, fresh);
    return fresh;
  }

  changed(key: string) {
    const cached = this.snapshots.get(key);
    if (cached === undefined) return;
    const fresh = this.build(key);
    if (sameSnapshot(cached, fresh)) return;
    this.snapshots.set(key, fresh);
    for (const onChange of this.watchers.get(key) ?? []) onChange();
  }

  changedAll() {
    for (const key of this.snapshots.keys()) this.changed(key);
  }
}
