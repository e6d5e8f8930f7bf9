import type { Metadata } from 'next';
import { SWRConfig } from 'swr';
import { filesQueryString, parseFilesQuery } from '@/lib/url-state/files-query';
import { FilesView } from '@/components/files/files-view';
import { pageHref } from '@/lib/url-state/search-params';
import { preloadFallback } from '@/lib/rescale/page-data';
import { fileResources } from '@/lib/files/file-resources';
import { requirePageSession } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Files' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FilesPage({ searchParams }: Props) {
  const query = parseFilesQuery(await searchParams);
  const returnTo = pageHref('/files', filesQueryString(query), query.page);
  const session = await requirePageSession(returnTo);

  const fallback = await preloadFallback(
    session,
    [fileResources.page(query.page, query.pageSize, query.search)],
    returnTo,
  );

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Files</h1>
      <SWRConfig value={{ fallback }}>
        <FilesView />
      </SWRConfig>
    </div>
  );
}
