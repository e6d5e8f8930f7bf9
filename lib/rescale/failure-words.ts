/**
 * The sentences for a failure that carries no words of its own. They live here, and
 * nowhere else, so a throttled key reads the same on every page.
 */

const THROTTLED = 'Rescale is limiting requests for this key';

/** A 429 the user retries by hand. */
export function throttledWords(retryAfterSeconds: number | null): string {
  return retryAfterSeconds === null
    ? `${THROTTLED}. Wait a little, then try again.`
    : `${THROTTLED}. Try again in ${retryAfterSeconds} s.`;
}

/** A 429 the dashboard retries by itself, counting down. */
export function retryingWords(seconds: number): string {
  return `${THROTTLED}; retrying in ${seconds} s`;
}

/** Words for a status when the body carries none. */
export function describeStatus(status: number, retryAfterSeconds: number | null = null): string {
  if (status === 400) return 'Rescale rejected the request as invalid. Check the values and try again.';
  if (status === 401) return 'Rescale did not accept the API key. Sign in again with a valid key.';
  if (status === 403)
    return 'Your Rescale key is not allowed to do this. Ask the owner to share it with you.';
  if (status === 404) {
    return 'Rescale could not find this. It may have been deleted, or it is not shared with you.';
  }
  if (status === 429) return throttledWords(retryAfterSeconds);
  if (status >= 500) return `Rescale had a problem answering (HTTP ${status}). Try again in a moment.`;
  return `Rescale answered with HTTP ${status}.`;
}
