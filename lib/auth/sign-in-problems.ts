/**
 * The reasons a sign-in attempt fails, shared by the server (which reports a code through
 * next-auth's `error`) and the form (which turns it into words naming the region).
 */

export const SIGN_IN_PROBLEMS = [
  'rejected',
  'unreachable',
  'unavailable',
  'unknown-region',
  'missing-key',
] as const;
export type SignInProblem = (typeof SIGN_IN_PROBLEMS)[number];

export function parseSignInProblem(raw: unknown): SignInProblem | 'failed' {
  return SIGN_IN_PROBLEMS.find((problem) => problem === raw) ?? 'failed';
}

export function signInProblemMessage(
  problem: SignInProblem | 'failed',
  region: { label: string; url: string },
): string {
  const host = new URL(region.url).host;
  switch (problem) {
    case 'rejected':
      return `The ${region.label} region (${host}) did not accept this API key. Keys belong to one region: check the region, or copy the key again from that region's API key page.`;
    case 'unreachable':
      return `The ${region.label} region (${host}) could not be reached, so the key was not checked. Check your connection and try again.`;
    case 'unavailable':
      return `The ${region.label} region (${host}) answered with an error and could not check the key. Try again in a moment.`;
    case 'unknown-region':
      return 'That region is not available on this server. Choose one from the list.';
    case 'missing-key':
      return 'Enter your Rescale API key.';
    case 'failed':
      return 'Sign-in failed for an unexpected reason. Try again.';
  }
}

/**
 * A sign-in refused by the throttle: its code carries the wait in seconds, as next-auth
 * passes only a code to the form.
 */
const THROTTLED = /^throttled:(\d{1,6})$/;

export function throttledProblem(retryAfterSeconds: number): string {
  return `throttled:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

export function parseThrottleWait(raw: unknown): number | null {
  const match = typeof raw === 'string' ? THROTTLED.exec(raw) : null;
  return match ? Number(match[1]) : null;
}

function waitInWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export function throttledMessage(seconds: number): string {
  return `Too many failed sign-ins from your network. Wait ${waitInWords(seconds)}, then try again; your key and region are kept here.`;
}
