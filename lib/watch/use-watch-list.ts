'use client';

import { useSyncExternalStore } from 'react';
import { EMPTY_WATCH_STATE, WatchList, type WatchState } from './watch-list';

const lists = new Map<string, WatchList>();

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Web Locks where the browser has them; a browser without them has no other tab to race. */
function exclusively<T>(name: string, run: () => T): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return Promise.resolve().then(run);
  return navigator.locks.request(name, () => run());
}

/** This tab's watch list for a region, made on first use and kept in step with other tabs. */
export function watchListFor(region: string): WatchList {
  let list = lists.get(region);
  if (!list) {
    const created = new WatchList({
      storage: storageOrNull(),
      scope: region,
      exclusively,
      now: () => Date.now(),
    });
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.endsWith(`:${region}`)) created.refresh();
    });
    lists.set(region, created);
    list = created;
  }
  return list;
}

const noSubscription = () => () => undefined;
const serverState = () => EMPTY_WATCH_STATE;

/**
 * The region's watches and endings. The server render knows none (they live in this
 * browser), so the first paint matches it and they show right after hydration.
 */
export function useWatchState(region: string): WatchState {
  const list = typeof window === 'undefined' ? null : watchListFor(region);
  return useSyncExternalStore(list?.subscribe ?? noSubscription, list?.snapshot ?? serverState, serverState);
}
