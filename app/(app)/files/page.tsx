import type { Metadata } from 'next';
import { SWRConfig } from 'swr';
import { filesKey, filesQueryString, parseFilesQuery } from '@/lib/files/files-query';
import { FilesView } from '@/components/files/files-view';
import { pageHref } from '@/components/ui/pagination';
import { rescaleJson } from '@/lib/rescale/client';
import { rescalePaths } from '@/lib/rescale/paths';
import type { Paginated, RescaleFile } from '@/lib/rescale/types';
import { redirectIfKeyRejected, requirePageSession } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Files' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FilesPage({ searchParams }: Props) {
  const query = parseFilesQuery(await searchParams);
  const returnTo = pageHref('/files', filesQueryString(query), query.page);
  const session = await requirePageSession(returnTo);

  const fallback: Record<string, Paginated<RescaleFile>> = {};
  try {
    fallback[filesKey(query)] = await rescaleJson<Paginated<RescaleFile>>(
      session,
      rescalePaths.files({ page: query.page, page_size: query.pageSize }),
    );
  } catch (error) {
    await redirectIfKeyRejected(error, returnTo);
    // Anything else: the browser asks again and shows the platform's reason with a retry.
  }

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Files</h1>
      <SWRConfig value={{ fallback }}>
        <FilesView page={query.page} pageSize={query.pageSize} />
      </SWRConfig>
    </div>
  );
}
