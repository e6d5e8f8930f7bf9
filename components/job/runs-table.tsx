'use client';

import { LiveStatus } from '@/components/live/live-status';
import { formatBytes, formatDuration } from '@/lib/ui/format';
import { RUNS_PAGE_SIZE } from '@/lib/job/job-resources';
import { nextRunsSort, sortRuns } from '@/lib/job/runs-order';
import { useAllRuns, useJobRuns } from '@/lib/job/use-job-resources';
import { pageCount } from '@/lib/url-state/search-params';
import type { Job, Run } from '@/lib/rescale/types';
import { isRunInProgress, variableColumns } from '@/lib/job/run-variables';
import { useJobStatus } from './job-status-context';
import { JobViewPager } from './job-view-pager';
import { SectionError, SkeletonBlock } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';
import { ExportRunsButton } from './export-runs-button';
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
  const doe = job.jobvariables.length > 0;
  const sort = doe ? view.runsSort : null;
  // A job with variables holds all its runs for the chart: the table orders those, since
  // the platform sorts runs by nothing but their own order.
  const all = useAllRuns(doe ? job.id : null, active);
  const paged = useJobRuns(sort ? null : job.id, view.runsPage, active);
  const runs = sort ? all : paged;
  const sorted = sort && all.data ? sortRuns(all.data.results, sort) : null;
  const first = (view.runsPage - 1) * RUNS_PAGE_SIZE;
  const rows = sorted ? sorted.slice(first, first + RUNS_PAGE_SIZE) : (paged.data?.results ?? []);
  const count = sorted ? sorted.length : (runs.data?.count ?? 0);
  const columns = variableColumns(job.jobvariables, rows);
  const pages = pageCount(count, RUNS_PAGE_SIZE);
  const partial = all.data && all.data.count > all.data.results.length;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {runs.data
            ? `${runs.data.count} run${runs.data.count === 1 ? '' : 's'}. Choose one to see its files${active ? ' and, while it runs, its live output' : ''}.`
            : ' '}
        </p>
        <div className="flex items-center gap-3">
          {doe && <ExportRunsButton job={job} runs={all.data?.results} />}
          <LiveStatus {...runs} />
        </div>
      </div>
      {sort && partial && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Ordered among the first {all.data?.results.length} of {all.data?.count} runs, the most the platform
          returns at once.
        </p>
      )}
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
                {columns.map((name) => {
                  const order =
                    sort?.variable === name ? (sort.descending ? 'descending' : 'ascending') : 'none';
                  return (
                    <th key={name} scope="col" aria-sort={order} className={`${cell} text-right font-mono`}>
                      {doe ? (
                        <ViewLink
                          change={{ runsSort: nextRunsSort(sort, name) }}
                          className="text-sky-700 underline dark:text-sky-400"
                        >
                          {name}
                          <span aria-hidden="true">
                            {order === 'ascending' ? ' ▲' : order === 'descending' ? ' ▼' : ''}
                          </span>
                        </ViewLink>
                      ) : (
                        name
                      )}
                    </th>
                  );
                })}
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
        count={count}
        pageSize={RUNS_PAGE_SIZE}
      />
    </div>
  );
}
