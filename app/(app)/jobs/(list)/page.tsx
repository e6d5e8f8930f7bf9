import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { JobsLoadFailure } from '@/components/jobs/lazy-jobs-load-failure';
import { JobsView } from '@/components/jobs/jobs-view';
import { rememberJobNames } from '@/lib/job/job-name-hints';
import { isJobsPage, isPastTheEnd, loadLastPage } from '@/lib/jobs/jobs-page';
import { describeFailure, errorCodeOf } from '@/lib/rescale/failure';
import { loadForPage } from '@/lib/rescale/page-data';
import { jobsHref, jobsKey, jobsResource, parseJobsQuery, type JobsQuery } from '@/lib/url-state/jobs-query';
import { requirePageSession, type RescaleSession } from '@/lib/auth/session';
import { FirstFlush } from '@/components/ui/first-flush';
import { JobsLoading } from './page-loading';

export const metadata: Metadata = { title: 'Jobs' };

type JobsPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function JobsPageFrame({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Jobs</h1>
      {children}
    </div>
  );
}

export default async function JobsPage({ searchParams }: JobsPageProps) {
  const query = parseJobsQuery(await searchParams);
  const here = jobsHref(query);
  const session = await requirePageSession(here);
  return (
    <FirstFlush session={session} paths={[jobsResource(query)]} placeholder={<JobsLoading />}>
      <JobsPageContent query={query} here={here} session={session} />
    </FirstFlush>
  );
}

async function JobsPageContent({
  query,
  here,
  session,
}: {
  query: JobsQuery;
  here: string;
  session: RescaleSession;
}) {
  const loaded = await loadForPage(session, jobsResource(query), here, isJobsPage);

  if (loaded.ok) {
    rememberJobNames(session, loaded.data.results);
    const key = jobsKey(query);
    return (
      <JobsPageFrame>
        <JobsView
          key={key}
          initialKey={key}
          initialData={loaded.data}
          viewerEmail={session.user.email}
          platformId={session.platform.id}
        />
      </JobsPageFrame>
    );
  }

  let { error } = loaded;
  if (isPastTheEnd(error, query)) {
    const last = await loadLastPage(session, query, here);
    if (last.ok) redirect(jobsHref({ ...query, page: last.data }));
    error = last.error;
  }
  return (
    <JobsPageFrame>
      {/* A new key per server render: each failed attempt starts its own countdown. A server
          component renders once per request, so the impure key is the point. */}
      <JobsLoadFailure
        // eslint-disable-next-line react-hooks/purity
        key={Date.now()}
        code={errorCodeOf(error)}
        detail={describeFailure(error)}
        retryAfterSeconds={error.retryAfterSeconds}
      />
    </JobsPageFrame>
  );
}
