import { RescaleError } from '@/lib/rescale/errors';

/**
 * Refusals about the request itself (the job's state, a bad value): sending it again
 * changes nothing, so these never end in "Try again".
 */
const REFUSALS: ReadonlySet<number> = new Set([400, 405, 409, 422]);

/** What went wrong with an action, in words, ending with what to do about it. */
export function actionErrorText(action: string, error: unknown): string {
  if (!(error instanceof RescaleError)) {
    return `Could not ${action}: the dashboard server did not answer. Check your connection and try again.`;
  }
  const said = error.detail ? ` Rescale said: “${error.detail}”` : '';
  switch (error.status) {
    case 403:
      return `Rescale did not allow you to ${action}.${said}`;
    case 404:
      return `Rescale no longer finds this job, so it could not ${action}. It may have been deleted.`;
    case 429:
      return `Rescale is limiting requests for your key; could not ${action}.${
        error.retryAfterSeconds ? ` Try again in ${error.retryAfterSeconds} s.` : ' Try again shortly.'
      }`;
    default:
      if (REFUSALS.has(error.status)) {
        return error.detail
          ? `Rescale refused to ${action}: “${error.detail}”`
          : `Rescale refused to ${action} (${error.status}) and gave no reason.`;
      }
      return `Could not ${action} (${error.status}).${said || ' Rescale gave no reason.'} Try again.`;
  }
}
