'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

/**
 * Anything the page did not foresee: words and a retry, never the raw error. The list sits
 * in the `(list)` group so that this boundary wraps it alone: above the job pages and the
 * new-job form as well, it was loaded beside their own boundaries, the same panel and
 * button in a second chunk of each first load.
 */
export default function JobsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Jobs</h1>
      <ErrorPanel
        title="The jobs page failed to load"
        message="Something unexpected went wrong while showing your jobs. Try again; if it keeps happening, reload the page."
        onRetry={reset}
      />
    </div>
  );
}
