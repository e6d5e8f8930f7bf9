'use client';

import { useSyncExternalStore } from 'react';
import { memoryStorage } from './memory-storage';
import { EMPTY_WATCH_STATE, WatchList, type WatchState, type WatchStorage } from './watch-list';

const lists = new Map<string, WatchList>();

function browserStorage(): WatchStorage {
  try {
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}

/** Long after a localStorage write has reached every other tab of the browser. */
const CLAIM_KEPT_MS = 10_000;

/**
 * Web Locks where the browser has them; a browser without them has no other tab to race.
 * The lock outlives `run` when it found something, because Chromium hands one tab's
 * localStorage writes to the others asynchronously: a tab claiming right after would still
 * read the job as watched, and notify a second time.
 */
function claim<T>(name: string, run: () => T | null): Promise<T | null> {
  if (typeof navigator === 'undefined' || !navigator.locks) return Promise.resolve().then(run);
  return new Promise((resolve, reject) => {
    void navigator.locks.request(name, { ifAvailable: true }, (lock) => {
      if (lock === null) return resolve(null);
      try {
        const result = run();
        resolve(result);
        if (result !== null) return new Promise((release) => setTimeout(release, CLAIM_KEPT_MS));
      } catch (error) {
        reject(error);
      }
      return undefined;
    });
  });
}

/** This tab's watch list for a region, made on first use and kept in step with other tabs. */
export function watchListFor(region: string): WatchList {
  let list = lists.get(region);
  if (!list) {
    const created = new WatchList({
      storage: browserStorage(),
      scope: region,
      claim,
      now: () => Date.now(),
    });
    window.addEventListener('storage', (event) => {
      if (event.key === null || created.owns(event.key)) created.refresh();
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
