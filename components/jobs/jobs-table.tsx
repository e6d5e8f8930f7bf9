'use client';

import Link from 'next/link';
import { memo } from 'react';
import type { JobSummary } from '@/lib/rescale/types';
import { formatBytes } from '@/lib/ui/format';
import { sortDirection, type JobOrdering, type SortableColumn } from '@/lib/url-state/jobs-query';
import { RelativeTime } from '@/components/ui/relative-time';
import { JobIdCopy } from './job-id-copy';
import { StatusBadge } from '@/components/ui/status-badge';
import { isActiveJobStatus, isTerminalJobStatus } from '@/lib/rescale/status';
import { WatchToggle } from '@/components/watch/watch-toggle';
import { ownerLabel, sharingLabel } from '@/lib/jobs/job-row';
import { useJobOutcomes } from '@/lib/jobs/use-job-outcomes';
import type { Outcome } from '@/lib/jobs/job-outcomes';
import type { JobSelection } from '@/lib/jobs/use-job-selection';
import { SelectPageHeader, SelectRowCell } from './select-cells';
import { useHydrated } from '@/lib/ui/use-hydrated';

export type JobsTableProps = {
  jobs: readonly JobSummary[];
  viewerEmail: string;
  ordering: JobOrdering;
  onSort: (column: SortableColumn) => void;
  /** The rows belong to the previous view while the next one loads. */
  stale: boolean;
  caption: string;
  /** Where the jobs live (the region's id): finished jobs' outcomes are remembered per platform. */
  platformId: string;
  /** Ticked rows, for the bulk actions. */
  selection: JobSelection;
};

const headerCell =
  'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300';
const cell = 'px-3 py-2 align-top text-sm';
/** On narrow screens these fold into the name cell instead. */
const secondary = 'hidden md:table-cell';
/** On a phone the status folds into the name cell too, so the name, status and Created all fit. */
const status = 'hidden sm:table-cell';

export function JobsTable({
  jobs,
  viewerEmail,
  ordering,
  onSort,
  stale,
  caption,
  platformId,
  selection,
}: JobsTableProps) {
  const outcomeOf = useJobOutcomes(jobs, platformId);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table
        aria-busy={stale}
        className={`w-full border-collapse transition-opacity ${stale ? 'opacity-60' : ''}`}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <SelectPageHeader state={selection.page} onToggle={selection.togglePage} />
            <SortableHeader label="Name" column="name" ordering={ordering} onSort={onSort} />
            <th scope="col" className={`${headerCell} ${secondary}`}>
              ID
            </th>
            {/* As wide as a wrapped reason: outcomes arriving after the first paint do not move the columns. */}
            <th scope="col" className={`${headerCell} ${status} md:w-56`}>
              Status
            </th>
            <th scope="col" className={`${headerCell} ${secondary}`}>
              Software
            </th>
            <th scope="col" className={`${headerCell} ${secondary}`}>
              Owner
            </th>
            <SortableHeader label="Created" column="dateInserted" ordering={ordering} onSort={onSort} />
            <th scope="col" className={`${headerCell} ${secondary} text-right`}>
              Storage
            </th>
            <th scope="col" className={`${headerCell} ${secondary}`}>
              Cluster
            </th>
            <th scope="col" className={`${headerCell} ${status}`}>
              Watch
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {jobs.map((job) => (
            <JobRow
              key={job.id}
              job={job}
              viewerEmail={viewerEmail}
              outcome={outcomeOf(job.id)}
              platformId={platformId}
              selected={selection.isSelected(job.id)}
              onToggleSelected={selection.toggle}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type JobRowProps = {
  job: JobSummary;
  viewerEmail: string;
  outcome: Outcome;
  platformId: string;
  selected: boolean;
  onToggleSelected: (jobId: string) => void;
};

/**
 * Memoised: each outcome that arrives re-renders the table, and on a page of 100 jobs
 * only the row it concerns should render again.
 */
const JobRow = memo(function JobRow({
  job,
  viewerEmail,
  outcome,
  platformId,
  selected,
  onToggleSelected,
}: JobRowProps) {
  const owner = ownerLabel(job.owner, viewerEmail);
  const software = job.analysisNames.join(', ') || '—';
  const sharing = sharingLabel(job.sharedWith);
  const badge = (
    <StatusBadge
      status={job.jobStatus.content}
      reason={outcome}
      reasonPending={outcome === undefined && isTerminalJobStatus(job.jobStatus.content)}
    />
  );
  return (
    <tr
      className={selected ? 'bg-sky-50 dark:bg-sky-950/40' : 'hover:bg-slate-50 dark:hover:bg-slate-900/60'}
    >
      <SelectRowCell
        jobId={job.id}
        jobName={job.name || job.id}
        checked={selected}
        onToggle={onToggleSelected}
      />
      <th scope="row" className={`${cell} text-left font-medium`}>
        <Link
          href={`/jobs/${encodeURIComponent(job.id)}`}
          // A prefetch per row would cost the server a render for each of up to 100 links.
          prefetch={false}
          className="text-link rounded"
        >
          {job.name || job.id}
        </Link>
        <div className="mt-0.5 text-xs font-normal text-slate-600 md:hidden dark:text-slate-400">
          {software} · {owner} · {formatBytes(job.storage)}
        </div>
        <div className="font-normal md:hidden">
          <JobIdCopy id={job.id} />
        </div>
        <div className="mt-1 font-normal sm:hidden">{badge}</div>
      </th>
      <td className={`${cell} ${secondary}`}>
        <JobIdCopy id={job.id} />
      </td>
      <td className={`${cell} ${status}`}>{badge}</td>
      <td className={`${cell} ${secondary}`}>{software}</td>
      <td className={`${cell} ${secondary}`}>
        <div>{owner}</div>
        <div className="text-xs text-slate-600 dark:text-slate-400">{sharing}</div>
      </td>
      {/* Wraps on a phone, where the row's checkbox leaves "17 minutes ago" no room on one line. */}
      <td className={`${cell} sm:whitespace-nowrap`}>
        <RelativeTime iso={job.dateInserted} />
      </td>
      <td className={`${cell} ${secondary} text-right whitespace-nowrap tabular-nums`}>
        {formatBytes(job.storage)}
      </td>
      <td className={`${cell} ${secondary} whitespace-nowrap`}>{job.clusterStatusDisplay.content || '—'}</td>
      <td className={`${cell} ${status}`}>
        {isActiveJobStatus(job.jobStatus.content) ? (
          <WatchToggle region={platformId} job={{ id: job.id, name: job.name }} labelWithName />
        ) : null}
      </td>
    </tr>
  );
});

type SortableHeaderProps = {
  label: string;
  column: SortableColumn;
  ordering: JobOrdering;
  onSort: (column: SortableColumn) => void;
};

function SortableHeader({ label, column, ordering, onSort }: SortableHeaderProps) {
  const hydrated = useHydrated();
  const direction = sortDirection(ordering, column);
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={direction} className={headerCell}>
      <button
        type="button"
        onClick={() => onSort(column)}
        disabled={!hydrated}
        className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 disabled:cursor-not-allowed dark:hover:text-white"
      >
        {label}
        <span aria-hidden="true" className="text-[0.7rem]">
          {arrow}
        </span>
      </button>
    </th>
  );
}
