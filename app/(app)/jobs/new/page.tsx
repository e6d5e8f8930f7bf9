import type { Metadata } from 'next';
import { SWRConfig } from 'swr';
import { NewJobForm } from '@/components/new-job/new-job-form';
import { catalogueKeys, catalogueResources } from '@/lib/new-job/catalogue-keys';
import { parseCloneParam } from '@/lib/new-job/clone-param';
import { preloadFallback } from '@/lib/rescale/page-data';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { requirePageSession } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New job' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewJobPage({ searchParams }: Props) {
  const cloneOf = parseCloneParam((await searchParams).clone);
  const returnTo = cloneOf ? `/jobs/new?clone=${encodeURIComponent(cloneOf)}` : '/jobs/new';
  const session = await requirePageSession(returnTo);

  const fallback = await preloadFallback(
    session,
    [
      [catalogueKeys.analyses, catalogueResources.analyses],
      [catalogueKeys.coreTypes, catalogueResources.coreTypes],
      ...(cloneOf ? [[proxyUrl(rescalePaths.job(cloneOf)), rescalePaths.job(cloneOf)] as const] : []),
    ],
    returnTo,
  );

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{cloneOf ? 'New job from a copy' : 'New job'}</h1>
      <SWRConfig value={{ fallback }}>
        <NewJobForm draftOwner={`${session.platform.id}:${session.user.email}`} cloneOf={cloneOf} />
      </SWRConfig>
    </div>
  );
}
