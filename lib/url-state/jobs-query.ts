/**
 * The jobs table's state, as it lives in the URL (`/jobs?page=2&page_size=50&search=foam&ordering=name`).
 * Parsing never fails: anything malformed falls back to its default, so a mangled
 * link still lands on a sensible page. The same parsed state gives the server's
 * preload and the browser's SWR key, so they cannot drift apart.
 */
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import {
  DEFAULT_PAGE_SIZE,
  oneOf,
  pageCount,
  pageNumber,
  pageSize,
  paramReader,
  searchText,
  type PageSize,
  type SearchParamsInput,
} from './search-params';

/** The platform sorts jobs by `dateInserted` and `name` (either way). */
export const JOB_ORDERINGS = ['-dateInserted', 'dateInserted', 'name', '-name'] as const;
export type JobOrdering = (typeof JOB_ORDERINGS)[number];
export const DEFAULT_ORDERING: JobOrdering = '-dateInserted';

export type JobsQuery = {
  page: number;
  pageSize: PageSize;
  search: string;
  ordering: JobOrdering;
};

export const DEFAULT_JOBS_QUERY: JobsQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  search: '',
  ordering: DEFAULT_ORDERING,
};

export function parseJobsQuery(input: SearchParamsInput): JobsQuery {
  const param = paramReader(input);
  return {
    page: pageNumber(param('page')),
    pageSize: pageSize(param('page_size')),
    search: searchText(param('search')),
    ordering: oneOf(JOB_ORDERINGS, param('ordering')) ?? DEFAULT_ORDERING,
  };
}

/** The URL query of a state, leaving out defaults so each view has exactly one address. */
export function jobsSearchParams(query: JobsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('page_size', String(query.pageSize));
  if (query.search) params.set('search', query.search);
  if (query.ordering !== DEFAULT_ORDERING) params.set('ordering', query.ordering);
  return params;
}

export function jobsHref(query: JobsQuery): string {
  const qs = jobsSearchParams(query).toString();
  return qs ? `/jobs?${qs}` : '/jobs';
}

/** The Rescale resource for a state: every parameter explicit, since the platform's defaults differ. */
export function jobsResource(query: JobsQuery): string {
  return rescalePaths.jobs({
    page: query.page,
    page_size: query.pageSize,
    search: query.search || undefined,
    ordering: query.ordering,
  });
}

/** The browser's URL for a state's data, which is also its SWR key. */
export function jobsKey(query: JobsQuery): string {
  return proxyUrl(jobsResource(query));
}

export function clampPage(page: number, count: number, pageSize: number): number {
  return Math.min(Math.max(1, page), pageCount(count, pageSize));
}

export { pageForSize } from './search-params';

export type SortableColumn = 'name' | 'dateInserted';

export function sortDirection(
  ordering: JobOrdering,
  column: SortableColumn,
): 'ascending' | 'descending' | 'none' {
  if (ordering === column) return 'ascending';
  if (ordering === `-${column}`) return 'descending';
  return 'none';
}

/**
 * The ordering after a click on a column header: the other direction when the
 * column is already sorted; otherwise names A→Z and dates newest first.
 */
export function toggledOrdering(ordering: JobOrdering, column: SortableColumn): JobOrdering {
  if (column === 'name') return ordering === 'name' ? '-name' : 'name';
  return ordering === '-dateInserted' ? 'dateInserted' : '-dateInserted';
}
