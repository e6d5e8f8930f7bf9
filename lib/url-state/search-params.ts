/**
 * Reading URL state, shared by the server (a page's `searchParams`) and the browser
 * (`useSearchParams`). Plain checks rather than a validation library: these parses run
 * in the browser too, where such a library would outweigh the page's own code.
 * Parsing never fails: anything malformed falls back to its default, so a mangled or
 * hand-edited link still lands on a sensible page.
 */

/** Next's `searchParams`, a `URLSearchParams`, or a query string. */
export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams | string;

/** A reader of each parameter's first value, whichever form the parameters came in. */
export function paramReader(input: SearchParamsInput): (name: string) => string | undefined {
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    const params = typeof input === 'string' ? new URLSearchParams(input) : input;
    return (name) => params.get(name) ?? undefined;
  }
  return (name) => {
    const value = input[name];
    return Array.isArray(value) ? value[0] : value;
  };
}

/** Digits only: `Number()` alone would also take `1e3`, `0x10` and `2.0`. */
export function wholeNumber(raw: string | undefined): number | null {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : null;
}

/** A page number of a list: a whole number from 1 to `max`, else the first page. */
export function pageNumber(raw: string | undefined, max: number = Number.MAX_SAFE_INTEGER): number {
  const page = wholeNumber(raw);
  return page !== null && page >= 1 && page <= max ? page : 1;
}

export function oneOf<T extends string | number>(choices: readonly T[], value: unknown): T | undefined {
  return choices.find((choice) => choice === value);
}

/** The page sizes a user can pick for the jobs and the files lists. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

export function pageSize(raw: string | undefined): PageSize {
  return oneOf(PAGE_SIZES, wholeNumber(raw)) ?? DEFAULT_PAGE_SIZE;
}

/** The page that shows the same first row after the page size changes. */
export function pageForSize(page: number, fromSize: number, toSize: number): number {
  return Math.floor(((page - 1) * fromSize) / toSize) + 1;
}

/** Trimmed text of 1 to `max` characters, or undefined. */
export function trimmedText(raw: string | undefined, max: number): string | undefined {
  const text = raw?.trim();
  return text && text.length <= max ? text : undefined;
}

/** The longest search a box takes or a link carries: longer than any name anyone types. */
export const SEARCH_MAX_LENGTH = 200;

/** A search from a box or a link: trimmed, and cut to `SEARCH_MAX_LENGTH` rather than dropped. */
export function searchText(raw: string | undefined): string {
  return (raw ?? '').trim().slice(0, SEARCH_MAX_LENGTH).trim();
}

/** How many pages a list of `count` items fills; an empty list still has its first page. */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/** The link to a page of a list; page 1 is the bare URL so every view has one address. */
export function pageHref(
  basePath: string,
  query: string | URLSearchParams | Record<string, string>,
  page: number,
  pageParam = 'page',
): string {
  const params = new URLSearchParams(query);
  if (page <= 1) params.delete(pageParam);
  else params.set(pageParam, String(page));
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}
