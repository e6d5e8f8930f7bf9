import type { RescaleError } from '@/lib/rescale/errors';

/** The platform's own words when it gave some, else what the status means for this page. */
export function jobsErrorText(error: Pick<RescaleError, 'status' | 'detail'>): string {
  if (error.detail) return error.detail;
  if (error.status === 502) return 'Rescale could not be reached. Check your connection and try again.';
  if (error.status === 504) return 'Rescale took too long to answer. Try again in a moment.';
  if (error.status >= 500) return `Rescale answered with an error (${error.status}). Try again in a moment.`;
  return `Rescale refused the request (${error.status}).`;
}
