'use client';

import { useCallback, useEffect, useState } from 'react';
import useSWR, { type KeyedMutator } from 'swr';
import { apiJson } from '@/lib/api-client';
import type { RescaleError } from '@/lib/rescale/errors';
import { DEFAULT_LIVE_POLICY, nextPollAt, pollIntervals } from './live-policy';
import type { LiveNotice } from './live-notice';
import { useDocumentVisible } from './use-document-visible';

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

type PollState = {
  key: string | null;
  lastAttemptAt: number | null;
  lastUpdatedAt: number | null;
  consecutiveErrors: number;
  blockedUntil: number;
};

function freshState(key: string | null): PollState {
  return { key, lastAttemptAt: null, lastUpdatedAt: null, consecutiveErrors: 0, blockedUntil: 0 };
}

/**
 * The only way live data is fetched. The caller says what to fetch and whether it can
 * still change; how often to poll is decided here, from the kind of resource, past
 * errors, 429s and the tab's visibility.
 */
export function useLiveResource<T>(
  key: string | null,
  options: { active: boolean; fallbackData?: T },
): LiveResource<T> {
  const { active, fallbackData } = options;
  const visible = useDocumentVisible();
  const [poll, setPoll] = useState<PollState>(() => freshState(key));
  const state = poll.key === key ? poll : freshState(key);

  const swr = useSWR<T, RescaleError>(key, apiJson<T>, {
    fallbackData,
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
    shouldRetryOnError: false,
    onSuccess: (_data, successKey) => {
      const now = Date.now();
      setPoll({ ...freshState(successKey), lastAttemptAt: now, lastUpdatedAt: now });
    },
    onError: (error, errorKey) => {
      const now = Date.now();
      setPoll((previous) => {
        const base = previous.key === errorKey ? previous : freshState(errorKey);
        const blockedUntil =
          error.status === 429
            ? now + (error.retryAfterSeconds ?? DEFAULT_LIVE_POLICY.defaultRetryAfterMs / 1000) * 1000
            : base.blockedUntil;
        return { ...base, lastAttemptAt: now, consecutiveErrors: base.consecutiveErrors + 1, blockedUntil };
      });
    },
  });
  const { mutate } = swr;

  useEffect(() => {
    if (key !== null && swr.data !== undefined && state.lastUpdatedAt === null) {
      const now = Date.now();
      setPoll({ ...freshState(key), lastAttemptAt: now, lastUpdatedAt: now });
    }
  }, [key, swr.data, state.lastUpdatedAt]);

  const polling = key !== null && active && visible && state.lastAttemptAt !== null;
  const interval = key === null ? 0 : (pollIntervals([key], null).get(key) ?? 0);
  const nextRefreshAt = polling
    ? nextPollAt(state.lastAttemptAt, interval, state.consecutiveErrors, state.blockedUntil)
    : null;

  useEffect(() => {
    if (nextRefreshAt === null) return;
    const timer = setTimeout(() => void mutate(), Math.max(0, nextRefreshAt - Date.now()));
    return () => clearTimeout(timer);
  }, [nextRefreshAt, mutate]);

  const throttled = state.blockedUntil > 0 && state.consecutiveErrors > 0;
  const refresh = useCallback(() => {
    if (throttled && state.blockedUntil > Date.now()) return;
    void mutate();
  }, [throttled, state.blockedUntil, mutate]);

  return {
    data: swr.data,
    error: swr.error,
    isLoading: swr.isLoading,
    isValidating: swr.isValidating,
    mutate,
    refresh,
    lastUpdatedAt: state.lastUpdatedAt,
    nextRefreshAt,
    notice: throttled ? { kind: 'throttled', retryAt: state.blockedUntil } : null,
  };
}
