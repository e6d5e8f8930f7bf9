'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { SWRConfig } from 'swr';
import type { JobSummary, Paginated } from '@/lib/rescale/types';
import {
  clampPage,
  jobsHref,
  jobsKey,
  jobsSearchParams,
  pageForSize,
  parseJobsQuery,
  toggledOrdering,
  type JobsQuery,
  type SortableColumn,
} from '@/lib/url-state/jobs-query';
import { describeFailure } from '@/lib/rescale/failure';
import { navigateInPlace } from '@/lib/url-state/navigate';
import { pageCount } from '@/lib/url-state/search-params';
import { useJobsPage } from '@/lib/jobs/use-jobs-page';
import { useJobSelection } from '@/lib/jobs/use-job-selection';
import { LiveStatus } from '@/components/live/live-status';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { SearchField } from '@/components/ui/search-field';
import { buttonClasses } from '@/components/ui/button';
import { InPlaceLink } from '@/components/ui/in-place-link';
import { isAnyJobActive } from '@/lib/jobs/job-row';
import { DeletedJobNotice } from './deleted-job-notice';
import { JobsTable } from './jobs-table';
import { OpenJobOffer } from './open-job-offer';
import { PageSizeSelect } from './page-size-select';
import { RunningNow } from './running-now';

/** Needed only once a row is ticked: its code loads then. */
const BulkJobActions = lazy(() =>
  import('./bulk-job-actions').then((module) => ({ default: module.BulkJobActions })),
);

const NO_JOBS: readonly JobSummary[] = [];

export type JobsViewProps = {
  /** The page the server already fetched, for the view in the URL it rendered. */
  initialData: Paginated<JobSummary>;
  initialKey: string;
  viewerEmail: string;
  platformId: string;
};

/**
 * The jobs table once it is in the browser. The URL is its state: controls push a
 * new URL (no server round trip: the data comes through the proxy, keyed like the
 * server's preload), and back/forward walk the same URLs.
 */
export function JobsView(props: JobsViewProps) {
  return (
    <SWRConfig value={freshCache}>
      <JobsViewContent {...props} />
    </SWRConfig>
  );
}

/**
 * Each visit starts from the server's fresh page: pages cached during an earlier
 * visit would otherwise win over it and, being cached, not be asked for again.
 */
const freshCache = { provider: () => new Map() };

function JobsViewContent({ initialData, initialKey, viewerEmail, platformId }: JobsViewProps) {
  const searchParams = useSearchParams();
  const query = parseJobsQuery(searchParams);
  const key = jobsKey(query);

  const [leftFirstView, setLeftFirstView] = useState(false);
  if (key !== initialKey && !leftFirstView) setLeftFirstView(true);
  const fallbackData = leftFirstView ? undefined : initialData;

  const [active, setActive] = useState(() => isAnyJobActive(initialData.results));
  const live = useJobsPage(query, { active, fallbackData });
  const { data, error, isLoading } = live;
  const liveActive =
    (data ? isAnyJobActive(data.results) : false) || (error !== undefined && data === undefined);
  if (active !== liveActive) setActive(liveActive);

  const stale = isLoading && data !== undefined;
  /** The page asked for, from the click until its rows are on screen: a big page can take seconds. */
  const [pendingPage, setPendingPage] = useState<number | null>(null);
  if (pendingPage !== null && query.page === pendingPage && !isLoading) setPendingPage(null);
  const loadingPage = pendingPage ?? (stale ? query.page : null);
  const count = data?.count ?? 0;
  const selection = useJobSelection(key, data?.results ?? NO_JOBS);
  const [bulkUsed, setBulkUsed] = useState(false);
  if (selection.jobs.length > 0 && !bulkUsed) setBulkUsed(true);
  const pages = pageCount(count, query.pageSize);

  const tableTopRef = useRef<HTMLDivElement>(null);
  /** Set on a page change: the rows on screen then, to scroll once others replace them. */
  const scrollPendingRef = useRef<{ from: Paginated<JobSummary> | undefined } | null>(null);

  const navigate = useCallback((next: JobsQuery, how: 'push' | 'replace' = 'push') => {
    navigateInPlace(jobsHref(next), { replace: how === 'replace' });
  }, []);

  const goToPage = (page: number) => {
    scrollPendingRef.current = { from: data };
    setPendingPage(page);
    navigate({ ...query, page });
  };

  useEffect(() => {
    const pending = scrollPendingRef.current;
    if (!pending || isLoading || data === pending.from) return;
    scrollPendingRef.current = null;
    const top = tableTopRef.current;
    if (top && top.getBoundingClientRect().top < 0) top.scrollIntoView({ block: 'start' });
  }, [isLoading, data]);

  useEffect(() => {
    // The last page can vanish under an open tab (jobs deleted elsewhere): land on the new last one.
    if (error?.status === 404 && query.page > 1 && data) {
      navigate({ ...query, page: clampPage(query.page, data.count, query.pageSize) }, 'replace');
    }
  }, [error, data, query, navigate]);

  const onSort = (column: SortableColumn) =>
    navigate({ ...query, page: 1, ordering: toggledOrdering(query.ordering, column) });

  return (
    <div className="flex flex-col gap-4">
      <DeletedJobNotice />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SearchField
          label="Search jobs by name"
          placeholder="e.g. airfoil"
          className="flex-1 sm:max-w-sm"
          value={query.search}
          onSearch={(search) => navigate({ ...query, search, page: 1 })}
        />
        <div className="flex items-end gap-3">
          <PageSizeSelect
            value={query.pageSize}
            onChange={(pageSize) =>
              navigate({ ...query, pageSize, page: pageForSize(query.page, query.pageSize, pageSize) })
            }
          />
          <Link href="/jobs/new" className={buttonClasses('primary')}>
            New job
          </Link>
        </div>
      </div>

      <RunningNow />

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
          {data ? `${count.toLocaleString('en')} ${count === 1 ? 'job' : 'jobs'}` : null}
          {query.search && data ? ` matching “${query.search}”` : null}
          {loadingPage !== null ? (
            <span
              data-testid="jobs-page-loading"
              className="ml-2 inline-flex items-center gap-1.5 font-medium text-sky-800 dark:text-sky-300"
            >
              <span
                aria-hidden="true"
                className="inline-block size-3 animate-spin rounded-full border-2 border-current border-t-transparent"
              />
              Loading page {loadingPage}…
            </span>
          ) : null}
        </p>
        <LiveStatus
          lastUpdatedAt={live.lastUpdatedAt}
          nextRefreshAt={live.nextRefreshAt}
          notice={live.notice}
          refresh={live.refresh}
          isValidating={live.isValidating}
        />
      </div>

      <OpenJobOffer search={query.search} />

      {bulkUsed ? (
        // Its own boundary: while its code loads, a boundary further up would hide the table.
        <Suspense fallback={null}>
          <BulkJobActions
            selection={selection}
            viewerEmail={viewerEmail}
            viewKey={key}
            refresh={live.refresh}
          />
        </Suspense>
      ) : null}

      {error && error.status !== 429 ? (
        <ErrorPanel
          title={data ? 'Could not refresh the jobs' : 'Could not load the jobs'}
          message={describeFailure(error)}
          onRetry={live.refresh}
        />
      ) : null}

      <div ref={tableTopRef} className="scroll-mt-4">
        {data && data.results.length > 0 ? (
          <JobsTable
            jobs={data.results}
            viewerEmail={viewerEmail}
            platformId={platformId}
            ordering={query.ordering}
            onSort={onSort}
            stale={stale || loadingPage !== null}
            caption={`Jobs, page ${query.page} of ${pages}`}
            selection={selection}
          />
        ) : data && query.search ? (
          <EmptyState
            title="No jobs match your search"
            description={`No job name contains “${query.search}”.`}
            action={
              <InPlaceLink href={jobsHref({ ...query, search: '', page: 1 })} className={buttonClasses()}>
                Clear the search
              </InPlaceLink>
            }
          />
        ) : data ? (
          <EmptyState
            title="No jobs yet"
            description="Jobs you create or that colleagues share with you appear here."
            action={
              <Link href="/jobs/new" className={buttonClasses('primary')}>
                Create a job
              </Link>
            }
          />
        ) : null}
      </div>

      {data && count > 0 ? (
        <Pagination
          page={Math.min(query.page, pages)}
          pageCount={pages}
          basePath="/jobs"
          query={jobsSearchParams(query)}
          onNavigate={(_href, page) => goToPage(page)}
          label="Jobs pages"
        />
      ) : null}
    </div>
  );
}
