import type { SignInReading } from './sign-in-state';
import type { SignInReason } from './sign-in-url';

export type NotSignedIn = Exclude<SignInReading, { state: 'signed-in' }>;

export type NotSignedInProblem = { detail: string; code: 'key_rejected' | 'session_missing' };

/**
 * The 401 body for an API call without a usable sign-in. The browser's client reads the
 * code to choose what sign-in says (lib/api/api-client.ts): `key_rejected` when the
 * sign-in ended because Rescale rejected its key, so that every call made after Rescale's
 * own 401 tells the same story as that 401; `session_missing` otherwise.
 */
export function notSignedInProblem(reading: NotSignedIn): NotSignedInProblem {
  if (reading.state === 'signed-out') {
    return { detail: 'You are not signed in. Sign in to continue.', code: 'session_missing' };
  }
  if (reading.reason === 'revoked') {
    return {
      detail: 'Rescale no longer accepts the stored key. Sign in with a current key to continue.',
      code: 'key_rejected',
    };
  }
  return { detail: 'Your session has ended. Sign in again to continue.', code: 'session_missing' };
}

/** What sign-in tells a user sent there with this reading: nothing when they never signed in. */
export function signInReasonForReading(reading: SignInReading): SignInReason | undefined {
  return reading.state === 'ended' ? reading.reason : undefined;
}
