'use client';

import { Pagination } from '@/components/ui/pagination';
import { pageCount } from '@/lib/url-state/search-params';
import { jobViewSearch } from '@/lib/url-state/job-view-query';
import { useJobView } from '@/lib/url-state/use-job-view';

/** The job page's paged tables, and the URL parameter each one's page lives in. */
const PAGE_PARAMS = { runsPage: 'rpage', filesPage: 'fpage' } as const;

type JobViewPagerProps = {
  jobId: string;
  label: string;
  table: keyof typeof PAGE_PARAMS;
  count: number;
  pageSize: number;
};

/** A pager for one table of the job page; nothing when everything fits on one page. */
export function JobViewPager({ jobId, label, table, count, pageSize }: JobViewPagerProps) {
  const { view, setView } = useJobView();
  const pages = pageCount(count, pageSize);
  if (pages <= 1) return null;
  return (
    <Pagination
      label={label}
      page={view[table]}
      pageCount={pages}
      basePath={`/jobs/${encodeURIComponent(jobId)}`}
      query={jobViewSearch(view).slice(1)}
      pageParam={PAGE_PARAMS[table]}
      onNavigate={(_href, page) => setView({ [table]: page })}
    />
  );
}
