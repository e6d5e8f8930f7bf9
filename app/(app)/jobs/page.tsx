import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { JobsLoadFailure } from '@/components/jobs/jobs-load-failure';
import { JobsView } from '@/components/jobs/jobs-view';
import { loadJobsPage } from '@/lib/jobs/jobs-page';
import { jobsHref, jobsKey, parseJobsQuery } from '@/lib/url-state/jobs-query';
import { requirePageSession, signInAgainForRejectedKey } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Jobs' };

type JobsPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function JobsPage({ searchParams }: JobsPageProps) {
  const query = parseJobsQuery(await searchParams);
  const here = jobsHref(query);
  const session = await requirePageSession(here);
  const outcome = await loadJobsPage(session, query);

  if (outcome.kind === 'key-rejected') return signInAgainForRejectedKey(here);
  if (outcome.kind === 'past-end') redirect(jobsHref({ ...query, page: outcome.lastPage }));

  const key = jobsKey(query);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Jobs</h1>
      {outcome.kind === 'ok' ? (
        <JobsView
          key={key}
          initialKey={key}
          initialData={outcome.data}
          viewerEmail={session.user.email}
          platformId={session.platform.id}
        />
      ) : (
        // A new key per server render: each failed attempt starts its own countdown. A server
        // component renders once per request, so the impure key is the point.
        // eslint-disable-next-line react-hooks/purity
        <JobsLoadFailure key={Date.now()} {...outcome} />
      )}
    </div>
  );
}
