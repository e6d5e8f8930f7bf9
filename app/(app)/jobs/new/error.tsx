'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

/** Anything the form did not foresee: words and a retry, never the raw error. */
export default function NewJobError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">New job</h1>
      <ErrorPanel
        title="The new job form failed to load"
        message="Something unexpected went wrong while showing the form. Try again; if it keeps happening, reload the page."
        onRetry={reset}
      />
    </div>
  );
}
