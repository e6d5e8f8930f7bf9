'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { ErrorPanel } from '@/components/ui/error-panel';
import { liveNoticeText } from '@/lib/live/live-notice';
import type { ErrorCode } from '@/lib/rescale/failure';
import { retryingText, useRetryEvery } from '@/lib/ui/use-retry-every';

export type JobsLoadFailureProps = {
  code: ErrorCode;
  /** The failure in words (`describeFailure`), shown when it is not a throttle. */
  detail: string;
  /** A throttle's wait, as Rescale asked for it. */
  retryAfterSeconds: number | null;
};

/** When Rescale asks for no time, wait this long before asking again. */
const DEFAULT_THROTTLE_WAIT_S = 30;
/** After any other failure (503, 504, a cut-off answer), the page asks again this often. */
const FAILURE_RETRY_S = 10;

/**
 * The server could not fetch the jobs. Retrying re-renders the page on the server,
 * which keeps the first paint server-rendered once Rescale answers again.
 */
export function JobsLoadFailure({ code, detail, retryAfterSeconds }: JobsLoadFailureProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const retry = useCallback(() => startTransition(() => router.refresh()), [router]);

  if (code === 'throttled') {
    return <JobsThrottled retryAfterSeconds={retryAfterSeconds ?? DEFAULT_THROTTLE_WAIT_S} onRetry={retry} />;
  }
  return <JobsFailed detail={detail} pending={pending} onRetry={retry} />;
}

function JobsFailed({ detail, pending, onRetry }: { detail: string; pending: boolean; onRetry: () => void }) {
  const secondsLeft = useRetryEvery(FAILURE_RETRY_S, onRetry);
  return (
    <ErrorPanel
      title="Could not load the jobs"
      message={
        <>
          {detail} <span suppressHydrationWarning>{retryingText(secondsLeft)}</span>
        </>
      }
      onRetry={onRetry}
      retryLabel={pending ? 'Retrying…' : 'Try again'}
    />
  );
}

function JobsThrottled({ retryAfterSeconds, onRetry }: { retryAfterSeconds: number; onRetry: () => void }) {
  const [retryAt] = useState(() => Date.now() + retryAfterSeconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  const due = now >= retryAt;
  const retriedRef = useRef(false);

  useEffect(() => {
    if (due) {
      // Once per countdown: a still-throttled answer renders a fresh one with its own wait.
      if (!retriedRef.current) onRetry();
      retriedRef.current = true;
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, retryAt - now));
    return () => clearTimeout(timer);
  }, [due, now, retryAt, onRetry]);

  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 className="font-semibold">Too many requests</h2>
      <p className="text-sm" suppressHydrationWarning>
        {due ? 'Retrying…' : liveNoticeText({ kind: 'throttled', retryAt }, now)}
      </p>
    </div>
  );
}
