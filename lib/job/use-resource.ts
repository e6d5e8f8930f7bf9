'use client';

import useSWR from 'swr';
import type { Resource } from '@/lib/api/resource';
import { apiJson } from '@/lib/api/api-client';
import type { RescaleError } from '@/lib/rescale/errors';

/**
 * Data that does not change on its own (the job, core types, files of a finished run).
 * A server preload under the same key is used as is, not fetched again on mount.
 */
export function useResource<T>(resource: Resource<T> | null) {
  return useSWR<T, RescaleError>(resource?.key ?? null, apiJson<T>, {
    revalidateIfStale: false,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
}
