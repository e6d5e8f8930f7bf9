'use client';

import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { useFilesPage } from '@/lib/files/use-files';
import { filesQueryString, type FilesQuery } from '@/lib/url-state/files-query';
import { FilesTable } from './files-table';
import { describeFailure } from '@/lib/rescale/failure';
import { UploadPanel } from './upload-panel';

export function FilesView(query: FilesQuery) {
  const { data, error, isLoading, mutate } = useFilesPage(query.page, query.pageSize);
  const refresh = () => void mutate();
  const pageCount = data ? Math.max(1, Math.ceil(data.count / query.pageSize)) : 1;

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="upload-heading" className="flex flex-col gap-3">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload
        </h2>
        <UploadPanel onUploaded={refresh} />
      </section>

      <section aria-labelledby="files-heading" className="flex flex-col gap-3" aria-busy={isLoading}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="files-heading" className="text-lg font-semibold">
            Your files
          </h2>
          {data ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {data.count} {data.count === 1 ? 'file' : 'files'}
            </p>
          ) : null}
        </div>
        {error ? (
          <ErrorPanel
            title="Your files could not be loaded"
            message={describeFailure(error)}
            onRetry={refresh}
            action={
              query.page > 1 ? (
                <Link href="/files" className={buttonClasses('secondary', 'sm')}>
                  Go to the first page
                </Link>
              ) : undefined
            }
          />
        ) : null}
        {!data && !error ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Loading your files…</p>
        ) : null}
        {data && data.results.length === 0 && !error ? (
          <EmptyState
            title="No files yet"
            description="Files you upload, and the outputs of your jobs, appear here. Drop a file above to start."
          />
        ) : null}
        {data && data.results.length > 0 ? <FilesTable files={data.results} onDeleted={refresh} /> : null}
        {data && pageCount > 1 ? (
          <Pagination
            page={query.page}
            pageCount={pageCount}
            basePath="/files"
            query={filesQueryString(query)}
            label="Pages of files"
          />
        ) : null}
      </section>
    </div>
  );
}
