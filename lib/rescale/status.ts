/**
 * The platform's status vocabulary (the strings Rescale's own clients handle, in
 * life-cycle order), and what the dashboard derives from it.
 */

export const TERMINAL_JOB_STATUSES = [
  'Completed',
  'Failed',
  'Stopped',
  'Force Stopped',
  'Terminated',
] as const;

export const CLUSTER_STATUSES = [
  'Not Started',
  'Starting',
  'Started',
  'Stop Requested',
  'Stopping',
  'Stopped',
] as const;

export const SUCCESS_REASON = 'Completed successfully';

const terminal: ReadonlySet<string> = new Set(TERMINAL_JOB_STATUSES);

/**
 * A job with no status yet (`""`, a saved job never submitted) cannot change on
 * its own either, so it is not active: polling it would only spend the key's budget.
 */
export function isActiveJobStatus(status: string | null | undefined): boolean {
  if (!status) return false;
  return !terminal.has(status);
}

/** `Completed` does not mean success: only its reason tells. */
export function isSuccessfulCompletion(status: string, reason: string | null | undefined): boolean {
  return status === 'Completed' && (reason == null || reason === SUCCESS_REASON);
}

/** A job in one of these statuses will not change again: its outcome can be looked up once and kept. */
export function isTerminalJobStatus(status: string | null | undefined): boolean {
  return status !== null && status !== undefined && terminal.has(status);
}
