'use client';

import { useEffect } from 'react';
import { recordRecentJob } from '@/lib/ui/recent-jobs';
import { StatusBadge } from '@/components/ui/status-badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { jobResources } from '@/lib/job/job-resources';
import type { Job, JobSummary, Paginated } from '@/lib/rescale/types';
import { CopyLinkButton } from './copy-link-button';
import { useJobStatus } from './job-status-context';
import { useResource } from '../../lib/job/use-resource';
import { LiveStatus } from '@/components/live/live-status';

export function useJobSummary(job: Job | undefined) {
  const summaries = useResource<Paginated<JobSummary>>(job ? jobResources.summary(job.name) : null);
  return {
    ...summaries,
    summary: summaries.data?.results.find((candidate) => candidate.id === job?.id) ?? null,
  };
}

type JobHeaderProps = { job: Job; viewerEmail: string; region: string };

export function JobHeader({ job, viewerEmail, region }: JobHeaderProps) {
  const { latest, statuses } = useJobStatus();
  const { summary, isLoading } = useJobSummary(job);
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
        <CopyLinkButton />
        <LiveStatus {...statuses} />
      </div>
    </header>
  );
}
