'use client';

import { useEffect } from 'react';
import { recordRecentJob } from '@/lib/ui/recent-jobs';
import { StatusBadge } from '@/components/ui/status-badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { Job } from '@/lib/rescale/types';
import { CopyLinkButton } from './copy-link-button';
import { useJobStatus } from './job-status-context';
import { useJobSummaries } from '@/lib/job/use-job-resources';
import { LiveStatus } from '@/components/live/live-status';
import { WatchToggle } from '@/components/watch/watch-toggle';

function useJobSummary(job: Job | undefined) {
  const summaries = useJobSummaries(job ? job.name : null);
  return {
    ...summaries,
    summary: summaries.data?.results.find((candidate) => candidate.id === job?.id) ?? null,
  };
}

type JobHeaderProps = {
  job: Job;
  viewerEmail: string;
  /** The job's region: job ids are unique within a platform only. */
  region: string;
  /**
   * The server is still loading the job's listing and streams the header again with it,
   * so this one shows it as loading and does not ask for it a second time.
   */
  summaryPending?: boolean;
};

export function JobHeader({ job, viewerEmail, region, summaryPending = false }: JobHeaderProps) {
  const { latest, statuses, active } = useJobStatus();
  const listing = useJobSummary(summaryPending ? undefined : job);
  const summary = listing.summary;
  const isLoading = summaryPending || listing.isLoading;
  useEffect(() => recordRecentJob(window.localStorage, region, job), [region, job]);
  const owner = job.owner === viewerEmail ? `${job.owner} (you)` : job.owner;

  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold break-all">{job.name}</h1>
        <span data-testid="job-status">
          <StatusBadge status={latest?.status ?? ''} reason={latest?.statusReason} />
        </span>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
        <dt className="text-slate-600 dark:text-slate-400">Owner</dt>
        <dd>{owner}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Job id</dt>
        <dd className="font-mono">{job.id}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Created</dt>
        <dd>{summary ? <RelativeTime iso={summary.dateInserted} /> : isLoading ? '…' : 'Unknown'}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Shared with</dt>
        <dd data-testid="shared-with">
          {summary
            ? summary.sharedWith.length
              ? summary.sharedWith.join(', ')
              : 'Nobody'
            : isLoading
              ? '…'
              : 'Unknown'}
        </dd>
      </dl>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <span className="inline-flex flex-wrap items-center gap-2">
          <CopyLinkButton />
          {active ? <WatchToggle region={region} job={{ id: job.id, name: job.name }} /> : null}
        </span>
        <LiveStatus {...statuses} />
      </div>
    </header>
  );
}
