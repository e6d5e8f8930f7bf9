'use client';

import { LiveStatus } from '@/components/live/live-status';
import { formatBytes, formatDuration } from '@/lib/ui/format';
import { RUNS_PAGE_SIZE } from '@/lib/job/job-resources';
import { useJobRuns } from '@/lib/job/use-job-resources';
import { pageCount } from '@/lib/url-state/search-params';
import type { Job, Run } from '@/lib/rescale/types';
import { isRunInProgress, variableColumns } from '@/lib/job/run-variables';
import { useJobStatus } from './job-status-context';
import { JobViewPager } from './job-view-pager';
import { SectionError, SkeletonBlock } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';
import { ViewLink } from './view-link';

export function runState(run: Run): string {
  if (isRunInProgress(run)) return 'Running';
  if (run.dateCompleted) return 'Finished';
  return 'Not started';
}

function runDuration(run: Run): string {
  if (!run.dateStarted) return '—';
  const end = run.dateCompleted ? Date.parse(run.dateCompleted) : Date.now();
  return formatDuration(end - Date.parse(run.dateStarted)) + (run.dateCompleted ? '' : ' so far');
}

const cell = 'px-3 py-1.5 whitespace-nowrap';

export function RunsTable({ job }: { job: Job }) {
  const { view } = useJobView();
  const { active } = useJobStatus();
  const runs = useJobRuns(job.id, view.runsPage, active);
  const rows = runs.data?.results ?? [];
  const columns = variableColumns(job.jobvariables, rows);
  const pages = pageCount(runs.data?.count ?? 0, RUNS_PAGE_SIZE);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {runs.data
            ? `${runs.data.count} run${runs.data.count === 1 ? '' : 's'}. Choose one to see its files${active ? ' and, while it runs, its live output' : ''}.`
            : ' '}
        </p>
        <LiveStatus {...runs} />
      </div>
      {runs.error && <SectionError what="the runs" error={runs.error} onRetry={runs.refresh} />}
      {runs.isLoading && !runs.data && <SkeletonBlock label="runs" lines={5} />}
      {runs.data && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
          <table className="w-full text-left text-sm" data-testid="runs-table">
            <caption className="sr-only">
              Runs of this job, page {view.runsPage} of {pages}
            </caption>
            <thead className="bg-slate-50 dark:bg-slate-900">
              <tr>
                <th scope="col" className={cell}>
                  Run
                </th>
                <th scope="col" className={cell}>
                  State
                </th>
                <th scope="col" className={cell}>
                  Duration
                </th>
                <th scope="col" className={cell}>
                  Output
                </th>
                {columns.map((name) => (
                  <th key={name} scope="col" className={`${cell} text-right font-mono`}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((run) => {
                const selected = run.id === view.run;
                return (
                  <tr
                    key={run.id}
                    aria-current={selected ? 'true' : undefined}
                    className={`border-t border-slate-200 dark:border-slate-800 ${selected ? 'bg-sky-50 dark:bg-sky-950/40' : ''}`}
                  >
                    <th scope="row" className={cell}>
                      <ViewLink
                        change={{ run: run.id, tab: 'runs' }}
                        className="font-medium text-sky-700 underline dark:text-sky-400"
                      >
                        Run {run.displayOrder}
                      </ViewLink>
                    </th>
                    <td className={cell}>{runState(run)}</td>
                    <td className={cell} suppressHydrationWarning>
                      {runDuration(run)}
                    </td>
                    <td className={cell}>
                      {run.outputFileCount} files, {formatBytes(run.outputFileSize)}
                    </td>
                    {columns.map((name) => (
                      <td key={name} className={`${cell} text-right tabular-nums`}>
                        {run.variables.find((variable) => variable.name === name)?.displayValue ?? '—'}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <JobViewPager
        jobId={job.id}
        label="Runs pages"
        table="runsPage"
        count={runs.data?.count ?? 0}
        pageSize={RUNS_PAGE_SIZE}
      />
    </div>
  );
}
