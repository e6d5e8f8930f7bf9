'use client';

import useSWR from 'swr';
import { apiJson } from '@/lib/api/api-client';
import { jobResources } from '@/lib/job/job-resources';
import type { RescaleError } from '@/lib/rescale/errors';
import type { Analysis, CoreType, Job, Paginated } from '@/lib/rescale/types';
import { catalogueKeys } from './catalogue-keys';

/**
 * What the new-job form reads: the catalogue, preloaded by the page under these keys,
 * and the job it clones. SWR's default revalidation applies: the catalogue may change
 * while a form is open for long.
 */

export function useAnalyses() {
  return useSWR<Paginated<Analysis>, RescaleError>(catalogueKeys.analyses, apiJson);
}

export function useCatalogueCoreTypes() {
  return useSWR<Paginated<CoreType>, RescaleError>(catalogueKeys.coreTypes, apiJson);
}

export function useCloneSource(jobId: string | null) {
  return useSWR<Job, RescaleError>(jobId === null ? null : jobResources.job(jobId).key, apiJson);
}
