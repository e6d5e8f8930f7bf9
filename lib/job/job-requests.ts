import { apiFetch } from '@/lib/api/api-client';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';

/**
 * The job commands the job page and the jobs table's bulk actions both send, with the
 * words `describeFailure` puts in a refusal, so a refused stop reads the same in either place.
 */
export const jobCommands = {
  stop: {
    action: 'stop the job',
    send: (jobId: string) => apiFetch(proxyUrl(rescalePaths.jobStop(jobId)), { method: 'POST' }),
  },
  delete: {
    action: 'delete the job',
    send: (jobId: string) => apiFetch(proxyUrl(rescalePaths.job(jobId)), { method: 'DELETE' }),
  },
} as const;

export type JobCommand = keyof typeof jobCommands;
