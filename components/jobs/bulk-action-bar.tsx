'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import type { JobCommand } from '@/lib/job/job-requests';

type BulkActionBarProps = {
  count: number;
  unavailable: Record<JobCommand, string | null>;
  /** A bulk action is under way: another waits until it ends. */
  busy: boolean;
  onAction: (command: JobCommand) => void;
  onClear: () => void;
};

export function BulkActionBar({ count, unavailable, busy, onAction, onClear }: BulkActionBarProps) {
  const stopReasonId = useId();
  const deleteReasonId = useId();
  return (
    <section
      aria-label="Selected jobs"
      className="flex flex-col gap-2 rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 dark:border-sky-800 dark:bg-sky-950/40"
    >
      <div className="flex flex-wrap items-center gap-2">
        <p role="status" className="mr-2 text-sm font-medium text-slate-900 dark:text-slate-100">
          {count} selected on this page
        </p>
        <Button
          size="sm"
          onClick={() => onAction('stop')}
          disabled={busy || unavailable.stop !== null}
          aria-describedby={unavailable.stop ? stopReasonId : undefined}
        >
          Stop selected
        </Button>
        <Button
          size="sm"
          variant="danger"
          onClick={() => onAction('delete')}
          disabled={busy || unavailable.delete !== null}
          aria-describedby={unavailable.delete ? deleteReasonId : undefined}
        >
          Delete selected
        </Button>
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear selection
        </Button>
      </div>
      {unavailable.stop ? (
        <p id={stopReasonId} className="text-xs text-slate-700 dark:text-slate-300">
          Stop is unavailable: {unavailable.stop}
        </p>
      ) : null}
      {unavailable.delete ? (
        <p id={deleteReasonId} className="text-xs text-slate-700 dark:text-slate-300">
          Delete is unavailable: {unavailable.delete}
        </p>
      ) : null}
    </section>
  );
}
