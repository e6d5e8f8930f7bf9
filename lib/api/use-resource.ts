'use client';

import useSWR from 'swr';
import type { Resource } from '@/lib/api/resource';
import { apiJson } from '@/lib/api/api-client';
import type { RescaleError } from '@/lib/rescale/errors';

export type ResourceOptions = {
  /**
   * The body can change while the page is open (a list of files, the catalogue), though
   * not often enough to poll: SWR's defaults then apply, asking again on mount, on focus
   * and on reconnect, and retrying a failure.
   */
  changes?: boolean;
  /** Keep showing the last body while the next key (another page) loads. */
  keepPreviousData?: boolean;
};

/** Data that does not change on its own (the job, core types, files of a finished run). */
const READ_ONCE = { revalidateIfStale: false, revalidateOnFocus: false, shouldRetryOnError: false };

/**
 * A resource read through SWR under its descriptor's key, typed by its descriptor.
 * Without `changes`, a server preload under the same key is used as is, not fetched
 * again on mount. Data that can change on its own goes through `useLiveResource`.
 */
export function useResource<T>(
  resource: Resource<T> | null,
  { changes = false, keepPreviousData }: ResourceOptions = {},
) {
  return useSWR<T, RescaleError>(resource?.key ?? null, apiJson<T>, {
    ...(changes ? {} : READ_ONCE),
    ...(keepPreviousData ? { keepPreviousData } : {}),
  });
}
