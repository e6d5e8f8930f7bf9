import type { LiveScheduler, Registration } from './live-scheduler';
import type { KeySnapshot } from './snapshot-store';

/** What hooks use of this tab's scheduler. */
export type TabScheduler = Pick<LiveScheduler, 'register' | 'fetch' | 'lookup' | 'watch' | 'snapshot'>;

/** A key nothing has happened to yet, as hooks show it before the scheduler has loaded. */
export const IDLE_SNAPSHOT: KeySnapshot = {
  lastUpdatedAt: null,
  nextRefreshAt: null,
  fetching: false,
  failure: null,
  blockedUntil: 0,
  slowed: false,
};

/**
 * The scheduler as hooks see it, while the real one loads in its own chunk. No page
 * needs it before its first poll, since the server sent the first data, so it stays out
 * of every route's first-load JavaScript. Calls made before it arrives wait for it;
 * registrations and watches made before it arrives are handed over when it does, unless
 * their hook has gone meanwhile.
 */
export function deferredScheduler(load: () => Promise<TabScheduler>): TabScheduler {
  let loading: Promise<TabScheduler> | null = null;
  let loaded: TabScheduler | null = null;
  const ready = () => {
    loading ??= load().then((scheduler) => (loaded = scheduler));
    return loading;
  };

  return {
    register(liveKey, entry, hasData): Registration {
      if (loaded) return loaded.register(liveKey, entry, hasData);
      let active = entry.active;
      let own: Registration | null = null;
      let gone = false;
      void ready().then((scheduler) => {
        if (!gone) own = scheduler.register(liveKey, { ...entry, active }, hasData);
      });
      return {
        update: (next) => {
          active = next;
          own?.update(next);
        },
        unregister: () => {
          gone = true;
          own?.unregister();
        },
      };
    },
    fetch: (key) => (loaded ? loaded.fetch(key) : ready().then((scheduler) => scheduler.fetch(key))),
    lookup: (key) => (loaded ? loaded.lookup(key) : ready().then((scheduler) => scheduler.lookup(key))),
    watch(key, onChange) {
      if (loaded) return loaded.watch(key, onChange);
      let unwatch: (() => void) | null = null;
      let gone = false;
      void ready().then((scheduler) => {
        if (gone) return;
        unwatch = scheduler.watch(key, onChange);
        onChange();
      });
      return () => {
        gone = true;
        unwatch?.();
      };
    },
    snapshot: (key) => (loaded ? loaded.snapshot(key) : IDLE_SNAPSHOT),
  };
}
