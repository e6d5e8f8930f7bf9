'use client';

import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { progressOf, progressSentence, type BulkOutcome } from '@/lib/jobs/bulk-outcomes';
import type { BulkRun } from '@/lib/jobs/use-bulk-run';
import type { JobCommand } from '@/lib/job/job-requests';

const LABELS: Record<BulkOutcome['state'], string> = {
  waiting: 'Waiting',
  sending: 'Sending…',
  done: 'Done',
  refused: 'Refused',
  skipped: 'Not sent',
  failed: 'Failed',
};

const TONES: Record<BulkOutcome['state'], string> = {
  waiting: 'text-slate-600 dark:text-slate-300',
  sending: 'text-sky-800 dark:text-sky-300',
  done: 'text-emerald-800 dark:text-emerald-300',
  refused: 'text-red-700 dark:text-red-300',
  skipped: 'text-slate-700 dark:text-slate-300',
  failed: 'text-amber-800 dark:text-amber-300',
};

const TITLES: Record<JobCommand, string> = {
  stop: 'Stopping the selected jobs',
  delete: 'Deleting the selected jobs',
};

/** What became of each job of a bulk action, filled in as the answers arrive. */
export function BulkOutcomeList({ run, onDismiss }: { run: BulkRun; onDismiss: () => void }) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const progress = progressOf(run.outcomes);

  useEffect(() => {
    // The dialog that started the run has closed: keyboard and screen reader users land on its outcome.
    headingRef.current?.focus();
  }, [run.jobs]);

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-base font-semibold">
          {TITLES[run.command]}
        </h2>
        {run.finished ? (
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            Dismiss
          </Button>
        ) : null}
      </div>
      <p role="status" className="text-sm">
        {progressSentence(run.command, progress)}
      </p>
      <progress
        aria-labelledby={headingId}
        value={progress.finished}
        max={progress.total}
        className="h-2 w-full accent-sky-700"
      />
      <ul
        aria-label="Outcome for each job"
        className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800"
      >
        {run.jobs.map((job, index) => {
          const outcome = run.outcomes[index] ?? { state: 'waiting' };
          return (
            <li key={job.id} className="flex flex-col gap-0.5 py-1.5 text-sm sm:flex-row sm:gap-3">
              <span className="font-medium break-all sm:w-64 sm:shrink-0">{job.name}</span>
              <span className={`font-semibold sm:w-20 sm:shrink-0 ${TONES[outcome.state]}`}>
                {LABELS[outcome.state]}
              </span>
              {'message' in outcome ? (
                <span className="text-slate-700 dark:text-slate-300">{outcome.message}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
