'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { retryingText, useRetryEvery } from '@/lib/ui/use-retry-every';

/** A platform failure (503, 504, a cut-off answer) usually passes: the page asks again this often. */
const RETRY_S = 10;

/** The job could not be read for a reason other than access: the platform's words and a retry. */
export function JobLoadError({ detail, status, region }: { detail: string; status: number; region: string }) {
  const router = useRouter();
  const retry = useCallback(() => router.refresh(), [router]);
  const secondsLeft = useRetryEvery(RETRY_S, retry);
  return (
    <div className="mx-auto w-full max-w-3xl">
      <ErrorPanel
        title="Could not open this job"
        message={
          <>
            Rescale ({region}) answered {status}: {detail}{' '}
            <span suppressHydrationWarning>{retryingText(secondsLeft)}</span>
          </>
        }
        onRetry={retry}
        action={
          <Link href="/jobs" className={buttonClasses('secondary', 'sm')}>
            Back to jobs
          </Link>
        }
      />
    </div>
  );
}
