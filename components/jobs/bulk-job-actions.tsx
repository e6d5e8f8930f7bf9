'use client';

import { useCallback, useMemo, useState } from 'react';
import { useSWRConfig } from 'swr';
import { PROXY_PREFIX } from '@/lib/rescale/paths';
import type { JobCommand } from '@/lib/job/job-requests';
import { unavailableReasons } from '@/lib/jobs/bulk-availability';
import { bulkJobOf, type BulkJob } from '@/lib/jobs/bulk-outcomes';
import { useBulkRun } from '@/lib/jobs/use-bulk-run';
import type { JobSelection } from '@/lib/jobs/use-job-selection';
import { BulkActionBar } from './bulk-action-bar';
import { BulkConfirmDialog } from './bulk-confirm-dialog';
import { BulkOutcomeList } from './bulk-outcome-list';
import { SELECT_PAGE_ID } from './select-cells';

type BulkJobActionsProps = {
  selection: JobSelection;
  viewerEmail: string;
  /** The SWR key of the page on screen: refreshed live, not dropped. */
  viewKey: string;
  /** Refreshes the page on screen. */
  refresh: () => void;
};

/** Stop or delete the ticked jobs: the bar, the one confirmation, then each job's outcome. */
export function BulkJobActions({ selection, viewerEmail, viewKey, refresh }: BulkJobActionsProps) {
  const { mutate } = useSWRConfig();
  const [pending, setPending] = useState<{ command: JobCommand; jobs: readonly BulkJob[] } | null>(null);

  const onFinished = useCallback(() => {
    refresh();
    // Other pages held in memory still list what moved or vanished: they load afresh when visited.
    void mutate(
      (key) => typeof key === 'string' && key !== viewKey && key.startsWith(`${PROXY_PREFIX}v2/jobs/?`),
      undefined,
      { revalidate: false },
    );
  }, [refresh, mutate, viewKey]);
  const { run, start, dismiss } = useBulkRun(viewerEmail, onFinished);

  const selected = useMemo(() => selection.jobs.map(bulkJobOf), [selection.jobs]);
  const unavailable = useMemo(() => unavailableReasons(selected, viewerEmail), [selected, viewerEmail]);
  const busy = run !== null && !run.finished;

  const confirm = () => {
    if (!pending) return;
    setPending(null);
    void start(pending.command, pending.jobs);
  };

  /** The bar or the list leaves with the focus in it: it goes back to the table. */
  const focusTable = () => document.getElementById(SELECT_PAGE_ID)?.focus();

  return (
    <>
      {/* First: closing it hands focus back to the bar, before the outcome list takes it. */}
      <BulkConfirmDialog
        pending={pending}
        viewerEmail={viewerEmail}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
      {selected.length > 0 ? (
        <BulkActionBar
          count={selected.length}
          unavailable={unavailable}
          busy={busy}
          onAction={(command) => setPending({ command, jobs: selected })}
          onClear={() => {
            selection.clear();
            focusTable();
          }}
        />
      ) : null}
      {run ? (
        <BulkOutcomeList
          run={run}
          onDismiss={() => {
            dismiss();
            focusTable();
          }}
        />
      ) : null}
    </>
  );
}
