import {
  DEFAULT_PAGE_SIZE,
  pageNumber,
  pageSize,
  paramReader,
  type PageSize,
  type SearchParamsInput,
} from './search-params';

/** The files page's URL state: which page, and how many files per page. */
export type FilesQuery = { page: number; pageSize: PageSize };

/** Reads `page` and `page_size` from the URL; anything odd falls back to the first page of 25. */
export function parseFilesQuery(input: SearchParamsInput): FilesQuery {
  const param = paramReader(input);
  return { page: pageNumber(param('page')), pageSize: pageSize(param('page_size')) };
}

/** The query string that keeps the page size in every page link (the default is left out). */
export function filesQueryString({ pageSize }: Pick<FilesQuery, 'pageSize'>): Record<string, string> {
  return pageSize === DEFAULT_PAGE_SIZE ? {} : { page_size: String(pageSize) };
}
