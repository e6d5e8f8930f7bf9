'use client';

import Link from 'next/link';
import { ErrorPanel } from '@/components/ui/error-panel';
import { buttonClasses } from '@/components/ui/button';
import type { RouteErrorProps } from '@/components/ui/page-load-error';

/** The job itself could not be read (the platform failed, not a 404): say so, offer a retry. */
export default function JobError({ error, reset }: RouteErrorProps) {
  return (
    <div className="mx-auto w-full max-w-3xl">
      <ErrorPanel
        title="Could not open this job"
        message={
          error.digest
            ? 'Rescale did not answer as expected while loading the job. It may be busy or unreachable; try again in a moment.'
            : error.message
        }
        onRetry={reset}
        action={
          <Link href="/jobs" className={buttonClasses('secondary', 'sm')}>
            Back to jobs
          </Link>
        }
      />
    </div>
  );
}
