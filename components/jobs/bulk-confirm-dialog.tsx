'use client';

import { ConfirmDialog } from '@/components/job/confirm-dialog';
import { knownOutcome, type BulkJob } from '@/lib/jobs/bulk-outcomes';
import type { JobCommand } from '@/lib/job/job-requests';
import { isActiveJobStatus } from '@/lib/rescale/status';

type BulkConfirmDialogProps = {
  /** What is being confirmed; null keeps the dialog closed. */
  pending: { command: JobCommand; jobs: readonly BulkJob[] } | null;
  viewerEmail: string;
  onConfirm: () => void;
  onCancel: () => void;
};

const CONSEQUENCES: Record<JobCommand, string> = {
  stop: 'Rescale ends every run still in progress in these jobs and uploads what they have written so far. This cannot be undone.',
  delete: 'Rescale removes these jobs for you and for everyone they are shared with. This cannot be undone.',
};

const VERBS: Record<JobCommand, string> = { stop: 'Stop', delete: 'Delete' };

function jobs(count: number): string {
  return `${count} ${count === 1 ? 'job' : 'jobs'}`;
}

/** The one question before a bulk action: it names every job, and says which will not be sent. */
export function BulkConfirmDialog({ pending, viewerEmail, onConfirm, onCancel }: BulkConfirmDialogProps) {
  const command = pending?.command ?? 'delete';
  const list = pending?.jobs ?? [];
  const count = jobs(list.length);
  return (
    <ConfirmDialog
      open={pending !== null}
      title={`${VERBS[command]} ${count}?`}
      confirmLabel={`${VERBS[command]} ${count}`}
      busy={false}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{CONSEQUENCES[command]}</p>
      <ul aria-label={`Jobs to ${command}`} className="mt-3 flex list-disc flex-col gap-1 pl-5">
        {list.map((job) => {
          const known = knownOutcome(command, job, viewerEmail);
          return (
            <li key={job.id}>
              <span className="font-medium break-all">{job.name}</span>{' '}
              <span className="text-slate-600 dark:text-slate-300">({job.status || 'Not submitted'})</span>
              {known ? (
                <span className="block text-xs text-slate-700 dark:text-slate-300">
                  Will not be sent: {known.message}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {command === 'delete' && list.some((job) => isActiveJobStatus(job.status)) ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          Rescale refuses to delete a job while it runs; any that are still running are reported as refused.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
