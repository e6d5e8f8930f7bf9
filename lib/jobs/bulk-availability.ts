import { isActiveJobStatus } from '@/lib/rescale/status';
import type { JobCommand } from '@/lib/job/job-requests';
import type { BulkJob } from './bulk-outcomes';

/**
 * Why a bulk action is unavailable for this selection, or null when at least one job
 * could take it. With a mix, the action stays available and the jobs it cannot apply to
 * are reported one by one afterwards.
 */
export function unavailableReasons(
  jobs: readonly BulkJob[],
  viewerEmail: string,
): Record<JobCommand, string | null> {
  const own = jobs.filter((job) => job.owner.toLowerCase() === viewerEmail.toLowerCase());
  if (own.length === 0) {
    const reason =
      jobs.length === 1
        ? 'This job was shared with you; only its owner can stop or delete it.'
        : 'These jobs were shared with you; only their owners can stop or delete them.';
    return { stop: reason, delete: reason };
  }
  return {
    stop: own.some((job) => isActiveJobStatus(job.status))
      ? null
      : 'None of the selected jobs you own is running.',
    delete: own.every((job) => isActiveJobStatus(job.status))
      ? 'Rescale cannot delete a job while it runs, and every selected job you own is running. Stop them or wait for them to finish.'
      : null,
  };
}
