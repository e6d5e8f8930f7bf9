import { rescalePaths } from '@/lib/rescale/paths';
import { isActiveJobStatus } from '@/lib/rescale/status';
import type { JobSummary } from '@/lib/rescale/types';

/**
 * The "Running now" strip reads one page of the newest jobs: enough for any team's
 * running work, one call however many jobs there are, and honest about what it skips.
 */
export const RUNNING_JOBS_WINDOW = 1000;

/** Newest first, said outright: the platform's default order is not documented. */
export const runningJobsPath = rescalePaths.jobs({
  page_size: RUNNING_JOBS_WINDOW,
  ordering: '-dateInserted',
});

export type RunningJob = { id: string; name: string; status: string };

function runningJob(job: JobSummary): RunningJob {
  return { id: job.id, name: job.name, status: job.jobStatus.content };
}

/** The jobs that have not reached a final state, in the list's order (newest first). */
export function runningJobs(jobs: readonly JobSummary[]): RunningJob[] {
  return jobs.filter((job) => isActiveJobStatus(job.jobStatus.content)).map(runningJob);
}

/**
 * Jobs that were running and now show a final state: what the strip says finished
 * while the page was open. A job no longer in the list (deleted, or pushed past the
 * newest 1,000) is not claimed to have finished.
 */
export function finishedSince(before: readonly RunningJob[], jobs: readonly JobSummary[]): RunningJob[] {
  const wasRunning = new Set(before.map((job) => job.id));
  return jobs
    .filter((job) => wasRunning.has(job.id) && !isActiveJobStatus(job.jobStatus.content))
    .map(runningJob);
}

/** Newly finished jobs first, each job once, at most `limit` of them. */
export function mergeFinished(
  earlier: readonly RunningJob[],
  fresh: readonly RunningJob[],
  limit: number,
): RunningJob[] {
  const freshIds = new Set(fresh.map((job) => job.id));
  return [...fresh, ...earlier.filter((job) => !freshIds.has(job.id))].slice(0, limit);
}

/** What the strip looked at, in words. */
export function windowNote(count: number): string {
  const window = RUNNING_JOBS_WINDOW.toLocaleString('en');
  return count > RUNNING_JOBS_WINDOW
    ? `Looks at the newest ${window} of ${count.toLocaleString('en')} jobs.`
    : `Looks at the newest ${window} jobs.`;
}
