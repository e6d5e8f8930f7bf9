import type { Metadata } from 'next';
import { SWRConfig } from 'swr';
import { NewJobForm } from '@/components/new-job/new-job-form';
import { catalogueKeys, catalogueResources } from '@/lib/new-job/catalogue-keys';
import { parseCloneParam } from '@/lib/new-job/clone-param';
import { rescaleJson } from '@/lib/rescale/client';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { redirectIfKeyRejected, requirePageSession, type RescaleSession } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New job' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewJobPage({ searchParams }: Props) {
  const cloneOf = parseCloneParam((await searchParams).clone);
  const returnTo = cloneOf ? `/jobs/new?clone=${encodeURIComponent(cloneOf)}` : '/jobs/new';
  const session = await requirePageSession(returnTo);

  const fallback: Record<string, unknown> = {};
  async function preload(key: string, resource: string, as: RescaleSession) {
    try {
      fallback[key] = await rescaleJson<unknown>(as, resource);
    } catch (error) {
      await redirectIfKeyRejected(error, returnTo);
      // Anything else: the form asks again in the browser and shows the reason with a retry.
    }
  }
  await Promise.all([
    preload(catalogueKeys.analyses, catalogueResources.analyses, session),
    preload(catalogueKeys.coreTypes, catalogueResources.coreTypes, session),
    cloneOf ? preload(proxyUrl(rescalePaths.job(cloneOf)), rescalePaths.job(cloneOf), session) : null,
  ]);

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{cloneOf ? 'New job from a copy' : 'New job'}</h1>
      <SWRConfig value={{ fallback }}>
        <NewJobForm draftOwner={`${session.platform.id}:${session.user.email}`} cloneOf={cloneOf} />
      </SWRConfig>
    </div>
  );
}
