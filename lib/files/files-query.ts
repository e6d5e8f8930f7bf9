import { z } from 'zod';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';

/** The files page's URL state: which page, and how many files per page. */
export const FILE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_FILE_PAGE_SIZE = 25;

const pageSchema = z.coerce.number().int().min(1).catch(1);
const pageSizeSchema = z.coerce
  .number()
  .int()
  .refine((size) => (FILE_PAGE_SIZES as readonly number[]).includes(size))
  .catch(DEFAULT_FILE_PAGE_SIZE);

export type FilesQuery = { page: number; pageSize: number };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads `page` and `page_size` from the URL; anything odd falls back to the first page of 25. */
export function parseFilesQuery(params: Record<string, string | string[] | undefined>): FilesQuery {
  return {
    page: pageSchema.parse(first(params.page) ?? 1),
    pageSize: pageSizeSchema.parse(first(params.page_size) ?? DEFAULT_FILE_PAGE_SIZE),
  };
}

/** The query string that keeps the page size in every page link (the default is left out). */
export function filesQueryString({ pageSize }: Pick<FilesQuery, 'pageSize'>): Record<string, string> {
  return pageSize === DEFAULT_FILE_PAGE_SIZE ? {} : { page_size: String(pageSize) };
}

/** The SWR key of a page of files, shared by the server preload and the browser. */
export function filesKey({ page, pageSize }: FilesQuery): string {
  return proxyUrl(rescalePaths.files({ page, page_size: pageSize }));
}
