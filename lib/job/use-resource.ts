'use client';

import useSWR from 'swr';
import { apiJson } from '@/lib/api/api-client';
import type { RescaleError } from '@/lib/rescale/errors';
import { key } from '@/lib/job/job-resources';

/**
 * Data that does not change on its own (the job, core types, files of a finished run).
 * A server preload under the same key is used as is, not fetched again on mount.
 */
export function useResource<T>(resource: string | null) {
  return useSWR<T, RescaleError>(resource === null ? null : key(resource), apiJson<T>, {
    revalidateIfStale: false,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
}
