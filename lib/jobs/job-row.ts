import type { JobSummary } from '@/lib/rescale/types';
import { isActiveJobStatus } from '@/lib/rescale/status';

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
