import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { DeletedJobGate } from '@/components/job/deleted-job-gate';
import { JobActions } from '@/components/job/job-actions';
import { JobHeader } from '@/components/job/job-header';
import { JobLoadError } from '@/components/job/lazy-job-load-error';
import { JobHistory } from '@/components/job/job-history';
import { JobStatusProvider } from '@/components/job/job-status-context';
import { JobTabs } from '@/components/job/job-tabs';
import { JobUnavailable } from '@/components/job/job-unavailable';
import { SkeletonBlock } from '@/components/job/section';
import { FilesPanel, JobOverview, RunsPanel } from '@/components/job/tab-panels';
import type { Resource } from '@/lib/api/resource';
import { jobNameHint, rememberJobNames } from '@/lib/job/job-name-hints';
import { jobResources } from '@/lib/job/job-resources';
import { parseJobViewQuery, type JobTab, type JobViewQuery } from '@/lib/url-state/job-view-query';
import { describeFailure } from '@/lib/rescale/failure';
import { loadForPage, preloadFallbackWithin, startLoading } from '@/lib/rescale/page-data';
import type { Job, Paginated, StatusEntry } from '@/lib/rescale/types';
import { requirePageSession, type RescaleSession } from '@/lib/auth/session';
import { FirstFlush } from '@/components/ui/first-flush';
import { JobLoading } from './page-loading';
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

/** What each tab needs that the job id and the URL alone name, so it can start with the job. */
function tabResourcesFromId(jobId: string, view: JobViewQuery): Record<JobTab, Array<Resource<unknown>>> {
  return {
    overview: [jobResources.coreTypes()],
    runs: [
      jobResources.runsPage(jobId, view.runsPage),
      ...(view.run ? [jobResources.run(jobId, view.run)] : []),
    ],
    files: [jobResources.outputFiles(jobId, view.filesRun, view.filesPage, view.filesSearch)],
  };
}

function tabResources(job: Job, view: JobViewQuery): Record<JobTab, Array<Resource<unknown>>> {
  const fromId = tabResourcesFromId(job.id, view);
  return {
    ...fromId,
    runs: [...fromId.runs, ...(job.jobvariables.length > 0 ? [jobResources.allRuns(job.id)] : [])],
  };
}

type Ready = Record<string, unknown> | null;

/** Only the tab the URL opens is preloaded. */
function panels(
  session: RescaleSession,
  job: Job,
  view: JobViewQuery,
  returnTo: string,
  ready: Ready,
): Record<JobTab, ReactNode> {
  const bare: Record<JobTab, ReactNode> = {
    overview: <JobOverview job={job} />,
    runs: <RunsPanel job={job} />,
    files: <FilesPanel job={job} />,
  };
  const resources = tabResources(job, view);
  return {
    ...bare,
    [view.tab]: (
      <Preloaded
        session={session}
        resources={resources[view.tab]}
        returnTo={returnTo}
        ready={ready}
        placeholder={<SkeletonBlock label={view.tab} lines={8} />}
      >
        {bare[view.tab]}
      </Preloaded>
    ),
  };
}

export default async function JobPage({ params, searchParams }: PageProps) {
  const { jobId } = await params;
  const query = await searchParams;
  const returnTo = pageUrl(jobId, query);
  const session = await requirePageSession(returnTo);
  const view = parseJobViewQuery(query);

  // Every call the job id and the URL name starts now, in one wave; each section then
  // goes out in the first flush if its data is in by then, else streams in behind its
  // own Suspense boundary. The listing searches by the job's name: it joins the wave when
  // this viewer has seen the job before, else it waits for the job, as do the chart's runs
  // (only for a job with variables).
  const jobResource = jobResources.job(jobId);
  const statusesResource = jobResources.statuses(jobId);
  const historyResource = jobResources.clusterStatuses(jobId);
  const knownName = jobNameHint(session, jobId);
  for (const resource of [
    jobResource,
    statusesResource,
    historyResource,
    ...(knownName === undefined ? [] : [jobResources.summary(knownName)]),
    ...tabResourcesFromId(jobId, view)[view.tab],
  ]) {
    startLoading(session, resource.path);
  }
  return (
    <FirstFlush
      session={session}
      paths={[jobResource.path, statusesResource.path]}
      placeholder={<JobLoading />}
    >
      <JobPageContent jobId={jobId} view={view} session={session} returnTo={returnTo} />
    </FirstFlush>
  );
}

async function JobPageContent({
  jobId,
  view,
  session,
  returnTo,
}: {
  jobId: string;
  view: JobViewQuery;
  session: RescaleSession;
  returnTo: string;
}) {
  const jobResource = jobResources.job(jobId);
  const statusesResource = jobResources.statuses(jobId);
  const historyResource = jobResources.clusterStatuses(jobId);
  const [loaded, statuses] = await Promise.all([
    loadForPage<Job>(session, jobResource.path, returnTo),
    loadForPage<Paginated<StatusEntry>>(session, statusesResource.path, returnTo),
  ]);

  if (!loaded.ok) {
    const { error } = loaded;
    if (error.status === 404 || error.status === 403) {
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
    return (
      <JobLoadError detail={describeFailure(error)} status={error.status} region={session.platform.label} />
    );
  }
  const job = loaded.data;
  rememberJobNames(session, [job]);
  const fallback: Record<string, unknown> = { [jobResource.key]: job };
  if (statuses.ok) fallback[statusesResource.key] = statuses.data;
  const summaryResources = [jobResources.summary(job.name)];
  const panelResources = tabResources(job, view)[view.tab];
  const [summaryReady, historyReady, panelReady] = await Promise.all([
    preloadFallbackWithin(session, summaryResources, returnTo),
    preloadFallbackWithin(session, [historyResource], returnTo),
    preloadFallbackWithin(session, panelResources, returnTo),
  ]);

  return (
    <SWRConfig value={{ fallback }}>
      {/* React hoists it into <head>; a generateMetadata would cost a second job read. */}
      <title>{`${job.name} · Rescale Dashboard`}</title>
      <DeletedJobGate jobId={jobId}>
        <JobStatusProvider jobId={jobId}>
          <div className="flex w-full flex-col gap-6">
            <Preloaded
              session={session}
              resources={summaryResources}
              returnTo={returnTo}
              ready={summaryReady}
              placeholder={
                <JobHeader
                  job={job}
                  viewerEmail={session.user.email}
                  region={session.platform.id}
                  summaryPending
                />
              }
            >
              <JobHeader job={job} viewerEmail={session.user.email} region={session.platform.id} />
            </Preloaded>
            <JobActions job={job} viewerEmail={session.user.email} />
            <Preloaded
              session={session}
              resources={[historyResource]}
              returnTo={returnTo}
              ready={historyReady}
              placeholder={<SkeletonBlock label="history" lines={3} />}
            >
              <JobHistory jobId={jobId} />
            </Preloaded>
            <JobTabs panels={panels(session, job, view, returnTo, panelReady)} />
          </div>
        </JobStatusProvider>
      </DeletedJobGate>
    </SWRConfig>
  );
}
