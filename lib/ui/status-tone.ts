import { isSuccessfulCompletion } from '@/lib/rescale/status';

/** How a job status should look: what it means to the person reading the table. */
export const STATUS_TONES = ['success', 'warning', 'danger', 'running', 'waiting', 'neutral'] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

const toneByStatus: Record<string, StatusTone> = {
  Pending: 'waiting',
  Queued: 'waiting',
  'Waiting for Queue': 'waiting',
  Started: 'running',
  Validated: 'running',
  Executing: 'running',
  Stopping: 'warning',
  Stopped: 'neutral',
  Failed: 'danger',
  'Force Stopped': 'danger',
  Terminated: 'danger',
};

/**
 * `Completed` is a success only when its reason says so; otherwise it warns. Until
 * the reason is known it claims neither.
 */
export function statusTone(
  status: string,
  reason: string | null | undefined,
  reasonPending = false,
): StatusTone {
  if (status === 'Completed' && reasonPending) return 'neutral';
  if (status === 'Completed') return isSuccessfulCompletion(status, reason) ? 'success' : 'warning';
  return toneByStatus[status] ?? 'neutral';
}
