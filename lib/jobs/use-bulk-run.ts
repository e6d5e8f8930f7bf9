'use client';

import { useCallback, useState } from 'react';
import { jobCommands, type JobCommand } from '@/lib/job/job-requests';
import { rememberDeletedJob } from '@/lib/job/deleted-jobs';
import {
  isThrottled,
  knownOutcome,
  notSentWhileThrottled,
  settledOutcome,
  type BulkJob,
  type BulkOutcome,
} from './bulk-outcomes';
import { runPool } from './run-pool';

export type BulkRun = {
  command: JobCommand;
  jobs: readonly BulkJob[];
  outcomes: readonly BulkOutcome[];
  finished: boolean;
};

/** Enough to finish a page of jobs quickly, few enough not to flood the key's budget. */
export const BULK_CONCURRENCY = 3;

/**
 * One bulk action at a time over the jobs it was confirmed for: the requests go out a
 * few at a time, each job's outcome is recorded as it settles, and `onFinished` runs
 * once every job has one (to refresh the table).
 */
export function useBulkRun(viewerEmail: string, onFinished: () => void) {
  const [run, setRun] = useState<BulkRun | null>(null);

  const start = useCallback(
    async (command: JobCommand, jobs: readonly BulkJob[]) => {
      const initial = jobs.map(
        (job) => knownOutcome(command, job, viewerEmail) ?? { state: 'waiting' as const },
      );
      setRun({ command, jobs, outcomes: initial, finished: false });
      const settle = (index: number, outcome: BulkOutcome) =>
        setRun((current) =>
          current && current.jobs === jobs
            ? { ...current, outcomes: current.outcomes.map((old, at) => (at === index ? outcome : old)) }
            : current,
        );

      let throttledBy: unknown = null;
      const toSend = jobs.map((_, index) => index).filter((index) => initial[index]?.state === 'waiting');
      const notSent = await runPool(
        toSend,
        BULK_CONCURRENCY,
        async (index) => {
          const job = jobs[index] as BulkJob;
          settle(index, { state: 'sending' });
          let error: unknown = null;
          try {
            await jobCommands[command].send(job.id);
          } catch (caught) {
            error = caught;
            if (isThrottled(caught)) throttledBy = caught;
          }
          if (error === null && command === 'delete') rememberDeletedJob(job, { announce: false });
          settle(index, settledOutcome(command, error));
        },
        () => throttledBy !== null,
      );
      for (const index of notSent) settle(index, notSentWhileThrottled(throttledBy));
      setRun((current) => (current && current.jobs === jobs ? { ...current, finished: true } : current));
      onFinished();
    },
    [viewerEmail, onFinished],
  );

  const dismiss = useCallback(() => setRun(null), []);
  return { run, start, dismiss };
}
