'use client';

import { PageLoadError, type RouteErrorProps } from '@/components/ui/page-load-error';

/**
 * The list sits in the `(list)` group so that this boundary wraps it alone: above the job
 * pages and the new-job form as well, it was loaded beside their own boundaries, the same
 * panel and button in a second chunk of each first load.
 */
export default function JobsError({ reset }: RouteErrorProps) {
  return (
    <PageLoadError
      heading="Jobs"
      page="jobs page"
      showing="your jobs"
      className="flex flex-col gap-4"
      onRetry={reset}
    />
  );
}
