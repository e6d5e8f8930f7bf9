import type { Metadata } from 'next';
import { SWRConfig } from 'swr';
import { filesQueryString, parseFilesQuery } from '@/lib/url-state/files-query';
import { FilesView } from '@/components/files/files-view';
import { FirstFlush } from '@/components/ui/first-flush';
import { pageHref } from '@/lib/url-state/search-params';
import { preloadFallback } from '@/lib/rescale/page-data';
import { fileResources } from '@/lib/files/file-resources';
import type { Resource } from '@/lib/api/resource';
import { requirePageSession, type RescaleSession } from '@/lib/auth/session';
import { FilesLoading } from './page-loading';

export const metadata: Metadata = { title: 'Files' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FilesPage({ searchParams }: Props) {
  const query = parseFilesQuery(await searchParams);
  const returnTo = pageHref('/files', filesQueryString(query), query.page);
  const session = await requirePageSession(returnTo);
  const resources = [fileResources.page(query.page, query.pageSize, query.search)];
  return (
    <FirstFlush session={session} paths={resources.map(({ path }) => path)} placeholder={<FilesLoading />}>
      <FilesPageContent session={session} resources={resources} returnTo={returnTo} />
    </FirstFlush>
  );
}

async function FilesPageContent({
  session,
  resources,
  returnTo,
}: {
  session: RescaleSession;
  resources: Array<Resource<unknown>>;
  returnTo: string;
}) {
  const fallback = await preloadFallback(session, resources, returnTo);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Files</h1>
      <SWRConfig value={{ fallback }}>
        <FilesView />
      </SWRConfig>
    </div>
  );
}
