import { RescaleError } from '@/lib/rescale/errors';

/** Why a request about a file failed, in words, from whatever it rejected with. */
export function requestFailureMessage(error: unknown): string {
  if (error instanceof RescaleError) {
    if (error.status === 401) return 'Your session has ended. Sign in again, then try once more.';
    if (error.status === 413) return 'The platform refused the file as too large.';
    if (error.status === 429) {
      const wait = error.retryAfterSeconds === null ? '' : ` Try again in ${error.retryAfterSeconds} s.`;
      return `Rescale is limiting requests for this key.${wait}`;
    }
    return error.detail || `The platform answered ${error.status}.`;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'The request failed for an unknown reason. Try again.';
}
