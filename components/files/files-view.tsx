'use client';

import { useSearchParams } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import { InPlaceLink } from '@/components/ui/in-place-link';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Pagination } from '@/components/ui/pagination';
import { SearchField } from '@/components/ui/search-field';
import { PageSizeSelect } from '@/components/jobs/page-size-select';
import { useFilesPage } from '@/lib/files/use-files';
import { filesHref, filesQueryString, parseFilesQuery, type FilesQuery } from '@/lib/url-state/files-query';
import { navigateInPlace } from '@/lib/url-state/navigate';
import { pageCount, pageForSize } from '@/lib/url-state/search-params';
import { FilesTable } from './files-table';
import { describeFailure } from '@/lib/rescale/failure';
import { UploadPanel } from './upload-panel';

/**
 * The files page once in the browser. The URL is its state: search, page size and page
 * push a new URL in place (the data comes through the proxy, keyed like the server's
 * preload), and back/forward walk the same URLs.
 */
export function FilesView() {
  const query = parseFilesQuery(useSearchParams());
  const { data, error, isLoading, mutate } = useFilesPage(query.page, query.pageSize, query.search);
  const refresh = () => void mutate();
  const count = data?.count ?? 0;
  const pages = pageCount(count, query.pageSize);
  const navigate = (next: FilesQuery) => navigateInPlace(filesHref(next));

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
            <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
              {count.toLocaleString('en')} {count === 1 ? 'file' : 'files'}
              {query.search ? ` matching “${query.search}”` : ''}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <SearchField
            label="Search files by name"
            placeholder="e.g. log"
            className="flex-1 sm:max-w-sm"
            value={query.search}
            onSearch={(search) => navigate({ ...query, search, page: 1 })}
          />
          <PageSizeSelect
            label="Files per page"
            value={query.pageSize}
            onChange={(pageSize) =>
              navigate({ ...query, pageSize, page: pageForSize(query.page, query.pageSize, pageSize) })
            }
          />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Listed in Rescale’s own order: the platform offers no sorting of files.
        </p>
        {error ? (
          <ErrorPanel
            title="Your files could not be loaded"
            message={describeFailure(error)}
            onRetry={refresh}
            action={
              query.page > 1 ? (
                <InPlaceLink
                  href={filesHref({ ...query, page: 1 })}
                  className={buttonClasses('secondary', 'sm')}
                >
                  Go to the first page
                </InPlaceLink>
              ) : undefined
            }
          />
        ) : null}
        {!data && !error ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Loading your files…</p>
        ) : null}
        {data && data.results.length === 0 && !error ? (
          query.search ? (
            <EmptyState
              title="No file matches"
              description={`Rescale found none of your files for “${query.search}”.`}
              action={
                <InPlaceLink href={filesHref({ ...query, search: '', page: 1 })} className={buttonClasses()}>
                  Clear the search
                </InPlaceLink>
              }
            />
          ) : (
            <EmptyState
              title="No files yet"
              description="Files you upload, and the outputs of your jobs, appear here. Drop a file above to start."
            />
          )
        ) : null}
        {data && data.results.length > 0 ? <FilesTable files={data.results} onDeleted={refresh} /> : null}
        {data && pages > 1 ? (
          <Pagination
            page={query.page}
            pageCount={pages}
            basePath="/files"
            query={filesQueryString(query)}
            onNavigate={(href) => navigateInPlace(href)}
            label="Pages of files"
          />
        ) : null}
      </section>
    </div>
  );
}
