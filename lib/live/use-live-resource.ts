'use client';

import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import useSWR, { type KeyedMutator } from 'swr';
import type { Resource } from '@/lib/api/resource';
import { RescaleError } from '@/lib/rescale/errors';
import type { LiveNotice } from './live-notice';
import type { Registration } from './live-scheduler';
import type { KeySnapshot } from './snapshot-store';
import { IDLE_SNAPSHOT } from './deferred-scheduler';
import { liveScheduler } from './tab-scheduler';

export type LiveResource<T> = {
  data?: T;
  error?: RescaleError;
  isLoading: boolean;
  isValidating: boolean;
  mutate: KeyedMutator<T>;
  refresh: () => void;
  lastUpdatedAt: number | null;
  nextRefreshAt: number | null;
  notice: LiveNotice | null;
};

const noWatch = () => () => undefined;

function fetchLive<T>(key: string): Promise<T> {
  return liveScheduler().fetch(key) as Promise<T>;
}

function noticeOf(snapshot: KeySnapshot, now: number): LiveNotice | null {
  if (snapshot.blockedUntil > now) return { kind: 'throttled', retryAt: snapshot.blockedUntil };
  if (snapshot.slowed) return { kind: 'slowed', nextRefreshAt: snapshot.nextRefreshAt };
  return null;
}

/**
 * The only way live data is fetched. The caller says what it shows and whether that
 * can still change; when to poll, and which tab does it, is the tab scheduler's
 * decision (see live-scheduler.ts). Data polled by another tab arrives here too.
 */
export function useLiveResource<T>(
  resource: Resource<T> | null,
  options: { active: boolean; fallbackData?: T },
): LiveResource<T> {
  const { active, fallbackData } = options;
  const key = resource?.key ?? null;
  const kind = resource?.kind ?? 'other';
  const swr = useSWR<T, RescaleError>(key, fetchLive<T>, {
    fallbackData,
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
    shouldRetryOnError: false,
  });
  const { mutate } = swr;
  // While a new key loads, `keepPreviousData` still shows the old key's data: that is not this key's.
  const hasData = swr.data !== undefined && !swr.isLoading;

  const watch = useCallback(
    (onChange: () => void) => (key === null ? noWatch() : liveScheduler().watch(key, onChange)),
    [key],
  );
  const read = useCallback(() => (key === null ? IDLE_SNAPSHOT : liveScheduler().snapshot(key)), [key]);
  const snapshot = useSyncExternalStore(watch, read, () => IDLE_SNAPSHOT);

  const registration = useRef<Registration | null>(null);
  const activeRef = useRef(active);
  const hasDataRef = useRef(hasData);
  useEffect(() => {
    activeRef.current = active;
    hasDataRef.current = hasData;
  });

  useEffect(() => {
    if (key === null) return;
    const entry = {
      active: activeRef.current,
      apply: (data: unknown) => void mutate(data as T, { revalidate: false }),
    };
    const own = liveScheduler().register({ key, kind }, entry, hasDataRef.current);
    registration.current = own;
    return () => {
      own.unregister();
      if (registration.current === own) registration.current = null;
    };
  }, [key, kind, mutate]);

  useEffect(() => {
    registration.current?.update(active);
  }, [active]);

  /**
   * `mutate()` with no data revalidates through the scheduler rather than through SWR:
   * SWR asks only the first hook mounted on a key, which may be a cache reader with no
   * fetcher, and a revalidation must reach the other tabs too.
   */
  const liveMutate = useCallback(
    (...args: Parameters<KeyedMutator<T>>) => {
      if (args.length > 0 || key === null) return mutate(...args);
      return liveScheduler()
        .fetch(key)
        .then(
          (data) => data as T,
          () => undefined,
        );
    },
    [key, mutate],
  ) as KeyedMutator<T>;
  const refresh = useCallback(() => void liveMutate(), [liveMutate]);

  const failure = snapshot.failure;
  const pollError = useMemo(() => (failure === null ? undefined : new RescaleError(failure)), [failure]);

  return {
    data: swr.data,
    error: swr.error ?? pollError,
    isLoading: swr.isLoading,
    isValidating: swr.isValidating || snapshot.fetching,
    mutate: liveMutate,
    refresh,
    lastUpdatedAt: snapshot.lastUpdatedAt,
    nextRefreshAt: active ? snapshot.nextRefreshAt : null,
    // Read at each render, which every snapshot change causes: the notice's countdown
    // words are as fresh as the last poll, and no clock of its own is worth a re-render.
    // eslint-disable-next-line react-hooks/purity
    notice: noticeOf(snapshot, Date.now()),
  };
}
