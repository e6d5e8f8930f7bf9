import { isRescaleError, type RescaleError } from './errors';
import { describeStatus, throttledWords } from './failure-words';

/**
 * What went wrong, in the few kinds the UI treats differently. Every failure, whichever
 * side of the proxy it comes from, is one of these.
 */
export type ErrorCode =
  /** The request was refused as invalid (400). */
  | 'invalid'
  /** The session ended or Rescale no longer accepts the key (401). */
  | 'key_rejected'
  /** The key may not do this (403). */
  | 'forbidden'
  /** Gone, or never shared with this key (404). */
  | 'not_found'
  /** The platform refused the file as too large (413). */
  | 'too_large'
  /** Rescale is throttling this key (429). */
  | 'throttled'
  /** No answer: the browser could not reach the dashboard, or the dashboard could not reach Rescale. */
  | 'unreachable'
  /** Rescale answered, but with a failure of its own or something unreadable. */
  | 'upstream'
  /** Anything else, such as a bug in the dashboard. */
  | 'unexpected';

const NO_ANSWER_CODES: ReadonlySet<string> = new Set([
  'network_error',
  'upstream_unreachable',
  'upstream_timeout',
]);

const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'invalid',
  401: 'key_rejected',
  403: 'forbidden',
  404: 'not_found',
  413: 'too_large',
  429: 'throttled',
};

export function errorCodeOf(error: unknown): ErrorCode {
  if (isRescaleError(error)) {
    if (error.code !== null && NO_ANSWER_CODES.has(error.code)) return 'unreachable';
    return CODE_OF_STATUS[error.status] ?? (error.status >= 500 ? 'upstream' : 'unexpected');
  }
  // What `fetch` throws when no answer came back at all.
  if (error instanceof TypeError) return 'unreachable';
  return 'unexpected';
}

const NO_ANSWER = 'The dashboard server did not answer. Check your connection and try again.';

function reasonOf(error: unknown, code: ErrorCode): string {
  const rescale: RescaleError | null = isRescaleError(error) ? error : null;
  switch (code) {
    case 'throttled':
      return throttledWords(rescale?.retryAfterSeconds ?? null);
    case 'key_rejected':
      return 'Your session has ended. Sign in again, then try once more.';
    case 'too_large':
      return 'The platform refused the file as too large.';
    case 'unreachable':
      return rescale?.detail || NO_ANSWER;
    default:
      if (rescale) return rescale.detail || describeStatus(rescale.status);
      if (error instanceof Error && error.message) return error.message;
      return 'The request failed for an unknown reason. Try again.';
  }
}

/**
 * Refusals about the request itself (the job's state, a bad value): sending it again
 * changes nothing, so their words never invite another try.
 */
const REFUSALS: ReadonlySet<number> = new Set([400, 405, 409, 422]);

/**
 * What went wrong, in words a person can act on: the platform's own reason when it
 * gave one, else the dashboard's. With an `action` ("stop the job"), the sentence says
 * which action failed; an action the platform refused quotes its reason.
 */
export function describeFailure(error: unknown, { action }: { action?: string } = {}): string {
  if (action && isRescaleError(error) && error.code === null && REFUSALS.has(error.status)) {
    return error.detail
      ? `Rescale refused to ${action}: “${error.detail}”`
      : `Rescale refused to ${action} and gave no reason.`;
  }
  const reason = reasonOf(error, errorCodeOf(error));
  return action ? `Could not ${action}. ${reason}` : reason;
}
