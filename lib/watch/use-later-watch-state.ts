'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WatchList, WatchState } from './watch-list';

let loading: Promise<typeof import('./use-watch-list')> | null = null;

/**
 * This tab's watch list for a region, its code loaded on first use: the list and its
 * storage checks stay out of every page's first-load JavaScript, since nothing on a first
 * paint can show a watch (they live in this browser, which the server render cannot see).
 */
export async function loadWatchList(region: string): Promise<WatchList> {
  loading ??= import('./use-watch-list');
  return (await loading).watchListFor(region);
}

const NOTHING_WATCHED: WatchState = { watching: [], ended: [] };
const noSubscription = () => () => undefined;
const nothingWatched = () => NOTHING_WATCHED;

/**
 * The region's watches and endings, as `useWatchState` gives them, once the list has
 * loaded after hydration; until then, none, as in the server render.
 */
export function useLaterWatchState(region: string): WatchState {
  const [loaded, setLoaded] = useState<{ region: string; list: WatchList } | null>(null);
  useEffect(() => {
    let current = true;
    void loadWatchList(region).then((list) => {
      if (current) setLoaded({ region, list });
    });
    return () => {
      current = false;
    };
  }, [region]);
  const shown = loaded?.region === region ? loaded.list : null;
  return useSyncExternalStore(
    shown?.subscribe ?? noSubscription,
    shown?.snapshot ?? nothingWatched,
    nothingWatched,
  );
}
