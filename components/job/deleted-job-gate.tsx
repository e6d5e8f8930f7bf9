'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { useDeletedJobName } from '@/lib/job/deleted-jobs';

/** Stands in for a job page, with no action on offer, once this tab has deleted the job. */
export function DeletedJobGate({ jobId, children }: { jobId: string; children: ReactNode }) {
  const name = useDeletedJobName(jobId);
  if (name === null) return children;
  return (
    <section
      aria-labelledby="job-deleted-title"
      data-testid="job-deleted"
      className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-300 bg-slate-50 p-6 dark:border-slate-700 dark:bg-slate-900"
    >
      <h1 id="job-deleted-title" className="text-xl font-semibold break-all">
        “{name}” was deleted
      </h1>
      <p>
        You deleted this job (<span className="font-mono">{jobId}</span>). It is no longer available, for you
        or for anyone it was shared with.
      </p>
      <div>
        <Link href="/jobs" className={buttonClasses('secondary')}>
          Back to your jobs
        </Link>
      </div>
    </section>
  );
}
