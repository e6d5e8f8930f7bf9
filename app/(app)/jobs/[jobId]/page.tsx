import { Suspense, type ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { DeletedJobGate } from '@/components/job/deleted-job-gate';
import { FilesPanel } from '@/components/job/files-panel';
import { JobActions } from '@/components/job/job-actions';
import { JobHeader } from '@/components/job/job-header';
import { JobLoadError } from '@/components/job/job-load-error';
import { JobHistory } from '@/components/job/job-history';
import { JobOverview } from '@/components/job/job-overview';
import { JobStatusProvider } from '@/components/job/job-status-context';
import { JobTabs } from '@/components/job/job-tabs';
import { JobUnavailable } from '@/components/job/job-unavailable';
import { RunsPanel } from '@/components/job/runs-panel';
import { SkeletonBlock } from '@/components/job/section';
import { load, loadSettled } from '@/lib/job/job-page-data';
import { jobResources, key } from '@/lib/job/job-resources';
import { parseJobViewQuery, type JobTab, type JobViewQuery } from '@/lib/job/job-view-query';
import { RescaleError } from '@/lib/rescale/errors';
import type { Job } from '@/lib/rescale/types';
import { redirectIfKeyRejected, requirePageSession, type RescaleSession } from '@/lib/auth/session';
import { Preloaded } from './preloaded';
import { SwitchAccountButton } from './switch-account-button';

type SearchParams = Record<string, string | string[] | undefined>;
type PageProps = { params: Promise<{ jobId: string }>; searchParams: Promise<SearchParams> };

/** This page's own address, query included, to come back to after sign-in. */
function pageUrl(jobId: string, searchParams: SearchParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      search.append(name, one);
  }
  const qs = search.toString();
  return `/jobs/${encodeURIComponent(jobId)}${qs ? `?${qs}` : ''}`;
}

function tabResources(job: Job, view: JobViewQuery): Record<JobTab, string[]> {
  return {
    overview: [jobResources.coreTypes()],
    runs: [
      jobResources.runsPage(job.id, view.runsPage),
      ...(job.jobvariables.length > 0 ? [jobResources.allRuns(job.id)] : []),
      ...(view.run ? [jobResources.run(job.id, view.run)] : []),
    ],
    files: [jobResources.jobFiles(job.id, view.filesPage, view.filesSearch)],
  };
}

/**
 * Only the tab the URL opens is preloaded, each behind its own Suspense boundary so a
 * slow section streams in later without holding back the rest.
 */
function panels(session: RescaleSession, job: Job, view: JobViewQuery): Record<JobTab, ReactNode> {
  const bare: Record<JobTab, ReactNode> = {
    overview: <JobOverview job={job} />,
    runs: <RunsPanel job={job} />,
    files: <FilesPanel jobId={job.id} />,
  };
  const resources = tabResources(job, view);
  return {
    ...bare,
    [view.tab]: (
      <Suspense fallback={<SkeletonBlock label={view.tab} lines={8} />}>
        <Preloaded session={session} resources={resources[view.tab]}>
          {bare[view.tab]}
        </Preloaded>
      </Suspense>
    ),
  };
}

export default async function JobPage({ params, searchParams }: PageProps) {
  const { jobId } = await params;
  const query = await searchParams;
  const returnTo = pageUrl(jobId, query);
  const session = await requirePageSession(returnTo);
  const view = parseJobViewQuery(query);

  let job: Job;
  try {
    job = await load<Job>(session, jobResources.job(jobId));
  } catch (error) {
    redirectIfKeyRejected(error, returnTo);
    if (error instanceof RescaleError && (error.status === 404 || error.status === 403)) {
      return (
        <DeletedJobGate jobId={jobId}>
          <JobUnavailable
            jobId={jobId}
            viewer={session.user}
            region={session.platform}
            switchAccount={<SwitchAccountButton callbackUrl={returnTo} />}
          />
        </DeletedJobGate>
      );
    }
    if (error instanceof RescaleError) {
      return <JobLoadError detail={error.detail} status={error.status} region={session.platform.label} />;
    }
    throw error;
  }

  const [statuses, summary] = await Promise.all([
    loadSettled(session, jobResources.statuses(jobId)),
    loadSettled(session, jobResources.summary(job.name)),
  ]);
  const fallback: Record<string, unknown> = { [key(jobResources.job(jobId))]: job };
  if (statuses) fallback[key(jobResources.statuses(jobId))] = statuses;
  if (summary) fallback[key(jobResources.summary(job.name))] = summary;

  return (
    <SWRConfig value={{ fallback }}>
      {/* React hoists it into <head>; a generateMetadata would cost a second job read. */}
      <title>{`${job.name} · Rescale Dashboard`}</title>
      <DeletedJobGate jobId={jobId}>
        <JobStatusProvider jobId={jobId}>
          <div className="flex w-full flex-col gap-6">
            <JobHeader job={job} viewerEmail={session.user.email} />
            <JobActions job={job} viewerEmail={session.user.email} />
            <Suspense fallback={<SkeletonBlock label="history" lines={3} />}>
              <Preloaded session={session} resources={[jobResources.clusterStatuses(jobId)]}>
                <JobHistory jobId={jobId} />
              </Preloaded>
            </Suspense>
            <JobTabs panels={panels(session, job, view)} />
          </div>
        </JobStatusProvider>
      </DeletedJobGate>
    </SWRConfig>
  );
}
