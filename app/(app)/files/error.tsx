'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

/** Anything the page did not foresee: words and a retry inside the shell, never the raw error. */
export default function FilesError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Files</h1>
      <ErrorPanel
        title="The files page failed to load"
        message="Something unexpected went wrong while showing your files. Try again; if it keeps happening, reload the page."
        onRetry={reset}
      />
    </div>
  );
}
