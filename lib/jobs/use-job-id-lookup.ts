'use client';

import { useResource } from '@/lib/api/use-resource';
import { jobResources } from '@/lib/job/job-resources';
import { jobIdLookup, jobIdToCheck, type JobIdLookup } from './job-id-lookup';

/** A search shaped like a job id costs one `jobs/{id}/` call, read once and kept for the visit. */
export function useJobIdLookup(search: string): JobIdLookup {
  const id = jobIdToCheck(search);
  const { data, error } = useResource(id === null ? null : jobResources.job(id));
  return jobIdLookup(id, data, error);
}
