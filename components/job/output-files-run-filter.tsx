'use client';

import { useId } from 'react';
import { useAllRuns } from '@/lib/job/use-job-resources';
import { useJobView } from '@/lib/url-state/use-job-view';
import { useJobStatus } from './job-status-context';

/**
 * Narrows the files tab to one run, kept in the URL (`frun`). The runs come from the
 * list the chart reads (same key, so one call serves both tabs); a run named by the URL
 * but not in that list is still offered, so the choice on screen is the one in force.
 */
export function OutputFilesRunFilter({ jobId }: { jobId: string }) {
  const { view, setView } = useJobView();
  const { active } = useJobStatus();
  const runs = useAllRuns(jobId, active);
  const id = useId();
  const runIds = runs.data?.results.map((run) => run.id) ?? [];
  if (view.filesRun && !runIds.includes(view.filesRun)) runIds.unshift(view.filesRun);

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Run
      </label>
      <select
        id={id}
        value={view.filesRun ?? ''}
        onChange={(event) => setView({ filesRun: event.target.value || null })}
        aria-describedby={runs.error ? `${id}-error` : undefined}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        <option value="">All runs</option>
        {runIds.map((runId) => (
          <option key={runId} value={runId}>
            Run {runId}
          </option>
        ))}
      </select>
      {runs.error ? (
        <span id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          The list of runs could not be loaded.
        </span>
      ) : null}
    </div>
  );
}
