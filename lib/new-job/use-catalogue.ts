'use client';

import { useResource } from '@/lib/api/use-resource';
import { jobResources } from '@/lib/job/job-resources';
import { catalogueResources } from './catalogue-resources';

/**
 * What the new-job form reads: the catalogue, preloaded by the page under these keys,
 * and the job it clones. SWR's default revalidation applies: the catalogue may change
 * while a form is open for long.
 */

export function useAnalyses() {
  return useResource(catalogueResources.analyses, { changes: true });
}

export function useCatalogueCoreTypes() {
  return useResource(catalogueResources.coreTypes, { changes: true });
}

export function useCloneSource(jobId: string | null) {
  return useResource(jobId === null ? null : jobResources.job(jobId), { changes: true });
}
