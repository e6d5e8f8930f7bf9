import type { JobSummary } from '@/lib/rescale/types';
import { isActiveJobStatus } from '@/lib/rescale/status';

/**
 * The list endpoint documents `jobStatus` as display content only; a platform that
 * adds the reason there (or beside it) gets it shown, and without one a `Completed`
 * job reads as plain success.
 */
export function jobStatusReason(job: JobSummary): string | null {
  const fromStatus = (job.jobStatus as { statusReason?: unknown }).statusReason;
  if (typeof fromStatus === 'string' && fromStatus) return fromStatus;
  const fromJob = (job as { statusReason?: unknown }).statusReason;
  return typeof fromJob === 'string' && fromJob ? fromJob : null;
}

export function isAnyJobActive(jobs: readonly JobSummary[]): boolean {
  return jobs.some((job) => isActiveJobStatus(job.jobStatus.content));
}

export function ownerLabel(owner: string, viewerEmail: string): string {
  return owner.toLowerCase() === viewerEmail.toLowerCase() ? 'you' : owner;
}

export function sharingLabel(sharedWith: readonly string[]): string {
  if (sharedWith.length === 0) return 'Not shared';
  return `Shared with ${sharedWith.length} ${sharedWith.length === 1 ? 'person' : 'people'}`;
}
