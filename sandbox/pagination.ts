/**
 * DRF's PageNumberPagination: `page` from 1, `page_size` (default 10, at most 1000),
 * 404 "Invalid page." past the end, and `next`/`previous` built from the request's
 * own URL with the query keys sorted, as `replace_query_param` does.
 */
import { HttpError } from './http';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 1000;

export type PageWindow = { page: number; size: number; start: number; end: number };

export function pageSize(query: URLSearchParams): number {
  const raw = query.get('page_size');
  if (raw === null || !/^\d+$/.test(raw.trim())) return DEFAULT_PAGE_SIZE;
  const size = Number(raw.trim());
  if (size <= 0) return DEFAULT_PAGE_SIZE;
  return Math.min(size, MAX_PAGE_SIZE);
}

export function pageWindow(query: URLSearchParams, count: number): PageWindow {
  const size = pageSize(query);
  const pages = Math.max(1, Math.ceil(count / size));
  const raw = (query.get('page') ?? '1').trim();
  const page = raw === 'last' ? pages : /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new HttpError(404, { detail: 'Invalid page.' });
  const start = (page - 1) * size;
  return { page, size, start, end: Math.min(count, start + size) };
}

function withPage(base: string, query: URLSearchParams, page: number | null): string {
  const entries = [...query.entries()].filter(([key]) => key !== 'page');
  if (page !== null) entries.push(['page', String(page)]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = new URLSearchParams(entries).toString();
  return search ? `${base}?${search}` : base;
}

/** The page body as a string, from already-serialised results. */
export function pageBody(
  base: string,
  query: URLSearchParams,
  window: PageWindow,
  count: number,
  results: string[],
): string {
  const next = window.end < count ? withPage(base, query, window.page + 1) : null;
  const previous = window.page > 1 ? withPage(base, query, window.page === 2 ? null : window.page - 1) : null;
  return `{"count":${count},"next":${JSON.stringify(next)},"previous":${JSON.stringify(previous)},"results":[${results.join(',')}]}`;
}

export function paginate<T>(
  base: string,
  query: URLSearchParams,
  items: readonly T[],
  render: (item: T) => string,
): string {
  const window = pageWindow(query, items.length);
  const results: string[] = [];
  for (let i = window.start; i < window.end; i++) results.push(render(items[i]!));
  return pageBody(base, query, window, items.length, results);
}
