import { RescaleError } from '@/lib/rescale/errors';
import { retryingWords } from '@/lib/rescale/failure-words';
import type { LivePolicy } from './live-policy';
import type { SchedulerEnv } from './scheduler-env';
import type { FailureInfo } from './tab-messages';

export function failureOf(error: unknown): FailureInfo {
  if (error instanceof RescaleError) {
    return { status: error.status, detail: error.detail, retryAfterSeconds: error.retryAfterSeconds };
  }
  return {
    status: 0,
    detail: 'The dashboard could not be reached. Check your connection.',
    retryAfterSeconds: null,
  };
}

/**
 * The 429 pause: once Rescale says the key is limited, no tab calls until its
 * `Retry-After` has passed. Kept in storage that outlives the tab, so a tab opened
 * during the pause keeps it too.
 */
export class RatePause {
  private until: number;

  constructor(
    private readonly store: SchedulerEnv['blockStore'],
    private readonly policy: LivePolicy,
  ) {
    this.until = store.read();
  }

  get blockedUntil(): number {
    return this.until;
  }

  /** Until when `failure`, met at `at`, forbids calls; 0 when it is no 429. */
  untilAfter(failure: FailureInfo, at: number): number {
    if (failure.status !== 429) return 0;
    return at + (failure.retryAfterSeconds ?? this.policy.defaultRetryAfterMs / 1000) * 1000;
  }

  /** Lengthens the pause to `until`; true when that changed it. */
  extend(until: number): boolean {
    if (until <= this.until) return false;
    this.until = until;
    this.store.write(until);
    return true;
  }

  /** While the pause stands, the error to answer with instead of calling. */
  refusal(now: number): RescaleError | null {
    if (now >= this.until) return null;
    const retryAfterSeconds = Math.ceil((this.until - now) / 1000);
    return new RescaleError({
      status: 429,
      detail: retryingWords(retryAfterSeconds),
      retryAfterSeconds,
    });
  }
}
