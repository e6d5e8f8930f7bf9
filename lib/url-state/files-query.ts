import {
  DEFAULT_PAGE_SIZE,
  pageNumber,
  pageSize,
  paramReader,
  searchText,
  type PageSize,
  type SearchParamsInput,
} from './search-params';

/**
 * The files page's URL state (`/files?search=log&page_size=50&page=2`).
 *
 * There is no sort: the platform documents `ordering` for jobs only, and its file list
 * answers in its own order. Sorting a page in the browser would show a name order that
 * starts again on every page, so the page says that the order is Rescale's instead.
 */
export type FilesQuery = { page: number; pageSize: PageSize; search: string };

export const DEFAULT_FILES_QUERY: FilesQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE, search: '' };

/** Reads `page`, `page_size` and `search`; anything odd falls back to the first page of 25, unsearched. */
export function parseFilesQuery(input: SearchParamsInput): FilesQuery {
  const param = paramReader(input);
  return {
    page: pageNumber(param('page')),
    pageSize: pageSize(param('page_size')),
    search: searchText(param('search')),
  };
}

/** What every page link keeps besides the page (defaults are left out, so each view has one address). */
export function filesQueryString({
  pageSize,
  search,
}: Pick<FilesQuery, 'pageSize' | 'search'>): Record<string, string> {
  return {
    ...(pageSize === DEFAULT_PAGE_SIZE ? {} : { page_size: String(pageSize) }),
    ...(search ? { search } : {}),
  };
}

export function filesHref(query: FilesQuery): string {
  const params = new URLSearchParams(filesQueryString(query));
  if (query.page > 1) params.set('page', String(query.page));
  const qs = params.toString();
  return qs ? `/files?${qs}` : '/files';
}
