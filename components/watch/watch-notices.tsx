'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { StatusBadge } from '@/components/ui/status-badge';
import type { EndedJob } from '@/lib/watch/watch-list';

type WatchNoticesProps = { ended: readonly EndedJob[]; onDismiss: (jobId: string) => void };

/** The watched jobs that have ended, on every page of every tab until dismissed. */
export function WatchNotices({ ended, onDismiss }: WatchNoticesProps) {
  if (ended.length === 0) return null;
  return (
    <section
      aria-label="Watched jobs that ended"
      className="fixed right-4 bottom-4 z-40 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      <ul className="flex flex-col gap-2">
        {ended.map((job) => (
          <li
            key={job.id}
            data-testid="watch-ended"
            className="flex items-start gap-2 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
          >
            <div className="min-w-0 flex-1">
              <p>
                <Link
                  href={`/jobs/${encodeURIComponent(job.id)}`}
                  className="text-link font-medium break-all"
                >
                  {job.name || job.id}
                </Link>{' '}
                ended
              </p>
              <div className="mt-1">
                <StatusBadge status={job.status} reason={job.reason} />
              </div>
            </div>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onDismiss(job.id)}
              aria-label={`Dismiss: ${job.name || job.id} ended`}
            >
              Dismiss
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
