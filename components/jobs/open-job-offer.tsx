'use client';

import Link from 'next/link';
import { describeFailure } from '@/lib/rescale/failure';
import { useJobIdLookup } from '@/lib/jobs/use-job-id-lookup';

const note = 'text-sm text-slate-700 dark:text-slate-300';

/**
 * A search that looks like a job id may be one: above the name matches, a link to the job
 * with that id, or words saying no job has it.
 */
export function OpenJobOffer({ search }: { search: string }) {
  const lookup = useJobIdLookup(search);
  switch (lookup.state) {
    case 'none':
      return null;
    case 'checking':
      return (
        <p role="status" className={note}>
          Looking for a job with the id ‘{lookup.id}’…
        </p>
      );
    case 'found':
      return (
        <p role="status" className={note}>
          <Link
            href={`/jobs/${encodeURIComponent(lookup.id)}`}
            className="inline-flex items-center gap-1.5 rounded-md border border-sky-300 bg-sky-50 px-3 py-1.5 font-medium text-sky-900 hover:bg-sky-100 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-100 dark:hover:bg-sky-900/60"
          >
            Open job ‘{lookup.id}’ — {lookup.name || 'unnamed'}
            <span aria-hidden="true">→</span>
          </Link>
        </p>
      );
    case 'missing':
      return (
        <p role="status" className={note}>
          No job has the id ‘{lookup.id}’ (or it is not shared with you).
        </p>
      );
    case 'failed':
      return (
        <p role="status" className={note}>
          {describeFailure(lookup.error, { action: `check the job id ‘${lookup.id}’` })}
        </p>
      );
  }
}
