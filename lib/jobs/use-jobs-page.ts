'use client';

import { resource } from '@/lib/api/resource';
import { useLiveResource } from '@/lib/live/use-live-resource';
import type { JobSummary, Paginated } from '@/lib/rescale/types';
import { jobsResource, type JobsQuery } from '@/lib/url-state/jobs-query';

/** One page of the jobs table, polled while any job on it can still change. */
export function useJobsPage(
  query: JobsQuery,
  options: { active: boolean; fallbackData?: Paginated<JobSummary> },
) {
  return useLiveResource(resource<Paginated<JobSummary>>(jobsResource(query), 'jobs'), options);
}
