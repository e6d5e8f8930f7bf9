'use client';

import { useLiveResource } from '@/lib/live/use-live-resource';
import { jobResources } from './job-resources';
import { useResource } from '@/lib/api/use-resource';

/**
 * One hook per resource the job page reads. Each names its descriptor in
 * `job-resources.ts`, so the body type, the SWR key and the live kind come from one
 * place; `active` says whether the data can still change, which is what keeps it polled.
 */

export function useJobStatuses(jobId: string, active: boolean) {
  return useLiveResource(jobResources.statuses(jobId), { active });
}

export function useClusterStatuses(jobId: string, active: boolean, jobEnded: boolean) {
  return useLiveResource(jobResources.clusterStatuses(jobId, jobEnded), { active });
}

/** Null while another source has the runs (the sorted table reads them all). */
export function useJobRuns(jobId: string | null, page: number, active: boolean) {
  return useLiveResource(jobId ? jobResources.runsPage(jobId, page) : null, { active });
}

/** Null for a job without variables: nothing to plot or order by. */
export function useAllRuns(jobId: string | null, active: boolean) {
  return useLiveResource(jobId ? jobResources.allRuns(jobId) : null, { active });
}

export function useRun(jobId: string, runId: string, active: boolean) {
  return useLiveResource(jobResources.run(jobId, runId), { active });
}

/** An ended run's working directory is gone from its node: nothing is asked for then. */
export function useRunDirectory(jobId: string, runId: string, ended: boolean) {
  return useLiveResource(ended ? null : jobResources.directory(jobId, runId), { active: !ended });
}

export function useRunTail(jobId: string, runId: string, path: string, lines: number, active: boolean) {
  return useLiveResource(jobResources.tail(jobId, runId, path, lines), { active });
}

export function useJobSummaries(jobName: string | null) {
  return useResource(jobName === null ? null : jobResources.summary(jobName));
}

export function useCoreTypes() {
  return useResource(jobResources.coreTypes());
}

/** Output files of the job, or of one run when `runId` is set. */
export function useOutputFiles(jobId: string, runId: string | null, page: number, search: string) {
  return useResource(jobResources.outputFiles(jobId, runId, page, search));
}

export function useFile(fileId: string | null) {
  return useResource(fileId === null ? null : jobResources.file(fileId));
}
