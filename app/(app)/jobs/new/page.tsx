import type { Metadata } from 'next';
import { SWRConfig } from 'swr';
import { NewJobForm } from '@/components/new-job/new-job-form';
import { jobResources } from '@/lib/job/job-resources';
import { catalogueResources } from '@/lib/new-job/catalogue-resources';
import { parseCloneParam } from '@/lib/new-job/clone-param';
import { preloadFallback } from '@/lib/rescale/page-data';
import type { Resource } from '@/lib/api/resource';
import { requirePageSession, type RescaleSession } from '@/lib/auth/session';
import { FirstFlush } from '@/components/ui/first-flush';
import { NewJobLoading } from './page-loading';

export const metadata: Metadata = { title: 'New job' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewJobPage({ searchParams }: Props) {
  const query = await searchParams;
  const editOf = parseCloneParam(query.edit);
  const cloneOf = editOf ? null : parseCloneParam(query.clone);
  const runAgain = cloneOf !== null && query.again === '1';
  const returnTo = editOf
    ? `/jobs/new?edit=${encodeURIComponent(editOf)}`
    : cloneOf
      ? `/jobs/new?clone=${encodeURIComponent(cloneOf)}${runAgain ? '&again=1' : ''}`
      : '/jobs/new';
  const sourceId = editOf ?? cloneOf;
  const session = await requirePageSession(returnTo);
  const resources = [
    catalogueResources.analyses,
    catalogueResources.coreTypes,
    ...(sourceId ? [jobResources.job(sourceId)] : []),
  ];
  return (
    <FirstFlush session={session} paths={resources.map(({ path }) => path)} placeholder={<NewJobLoading />}>
      <NewJobPageContent
        session={session}
        resources={resources}
        returnTo={returnTo}
        cloneOf={cloneOf}
        editOf={editOf}
        runAgain={runAgain}
      />
    </FirstFlush>
  );
}

async function NewJobPageContent({
  session,
  resources,
  returnTo,
  cloneOf,
  editOf,
  runAgain,
}: {
  session: RescaleSession;
  resources: Array<Resource<unknown>>;
  returnTo: string;
  cloneOf: string | null;
  editOf: string | null;
  runAgain: boolean;
}) {
  const fallback = await preloadFallback(session, resources, returnTo);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">
        {editOf ? 'Edit saved job' : runAgain ? 'Run again' : cloneOf ? 'New job from a copy' : 'New job'}
      </h1>
      <SWRConfig value={{ fallback }}>
        <NewJobForm
          // Another job to copy or edit is another form, not this one's state carried over.
          key={returnTo}
          draftOwner={`${session.platform.id}:${session.user.email}`}
          cloneOf={cloneOf}
          editOf={editOf}
          runAgain={runAgain}
        />
      </SWRConfig>
    </div>
  );
}
