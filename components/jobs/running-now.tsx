'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { describeFailure } from '@/lib/rescale/failure';
import { Button } from '@/components/ui/button';
import { StatusBadge } from '@/components/ui/status-badge';
import { windowNote, type RunningJob } from '@/lib/jobs/running-jobs';
import { useRunningJobs } from '@/lib/jobs/use-running-jobs';

/** A strip, not a second table: more than this waits behind "Show all". */
const SHOWN_AT_FIRST = 6;

/**
 * The account's jobs that have not reached a final state, above the table whatever
 * page, search or order the table shows. It loads after the table is on screen, and
 * stays out of sight while nothing runs.
 */
export function RunningNow() {
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const { loaded, running, finished, count, error, refresh } = useRunningJobs();

  if (!loaded) {
    // Throttling is already said beside the table, with its countdown.
    if (error === undefined || error.status === 429) return null;
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        {describeFailure(error, { action: 'check which jobs are running' })}
        <Button size="sm" onClick={refresh}>
          Try again
        </Button>
      </p>
    );
  }
  if (running.length === 0 && finished.length === 0) return null;

  const shown = showAll ? running : running.slice(0, SHOWN_AT_FIRST);
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-sm font-semibold">
          {running.length === 0 ? 'Nothing running now' : 'Running now'}
          {running.length > 0 ? ' ' : null}
          {running.length > 0 ? (
            <span className="font-normal text-slate-600 dark:text-slate-400">
              {running.length} {running.length === 1 ? 'job' : 'jobs'}
            </span>
          ) : null}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">{windowNote(count)}</p>
      </div>
      {running.length > 0 ? (
        <ul id={listId} aria-label="Running jobs" className="flex flex-wrap gap-2">
          {shown.map((job) => (
            <JobChip key={job.id} job={job} />
          ))}
        </ul>
      ) : null}
      {running.length > SHOWN_AT_FIRST ? (
        <div>
          <Button
            size="sm"
            variant="ghost"
            aria-controls={listId}
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? 'Show fewer' : `Show all ${running.length}`}
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {finished.length > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-xs text-slate-600 dark:text-slate-400">Just finished:</span>
            <ul aria-label="Finished while this page was open" className="flex flex-wrap gap-2">
              {finished.map((job) => (
                <JobChip key={job.id} job={job} />
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function JobChip({ job }: { job: RunningJob }) {
  return (
    <li className="flex items-center gap-2 rounded-md bg-white px-2 py-1 text-sm ring-1 ring-slate-200 dark:bg-slate-950 dark:ring-slate-700">
      <Link
        href={`/jobs/${encodeURIComponent(job.id)}`}
        prefetch={false}
        className="text-link rounded font-medium"
      >
        {job.name || job.id}
      </Link>
      <code className="font-mono text-xs text-slate-600 dark:text-slate-400">{job.id}</code>
      {/* The reason is not looked up here: a Completed badge claims no success. */}
      <StatusBadge status={job.status} reasonPending />
    </li>
  );
}
