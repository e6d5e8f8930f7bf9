/**
 * Where a signed-out user is sent, and where they return afterwards. Isomorphic: the
 * proxy, server pages and the browser-side API client all build the same URL.
 */

export type SignInReason = 'expired' | 'revoked';

export const DEFAULT_CALLBACK_URL = '/jobs';

export function signInUrl(callbackUrl: string, reason?: SignInReason): string {
  const params = new URLSearchParams({ callbackUrl: safeCallbackUrl(callbackUrl) });
  if (reason) params.set('reason', reason);
  return `/sign-in?${params.toString()}`;
}

export function parseSignInReason(raw: unknown): SignInReason | undefined {
  return raw === 'expired' || raw === 'revoked' ? raw : undefined;
}

/**
 * A callback URL is followed only when it is a path on this origin: anything that a
 * browser could resolve to another host (`//evil`, `/\evil`, `https://…`, control
 * characters) falls back to the jobs list. Sign-in pages are never a destination.
 */
export function safeCallbackUrl(raw: unknown, fallback: string = DEFAULT_CALLBACK_URL): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const base = 'http://same-origin.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) return fallback;
  return url.pathname + url.search + url.hash;
}

/** Set by `proxy.ts` on signed-in requests: the page and query being rendered, for layouts. */
export const RETURN_TO_HEADER = 'x-dashboard-return-to';

export type PageSearchParams = Record<string, string | string[] | undefined>;

/** A page's own path with its query, as a page's `searchParams` give it: the `returnTo` for sign-in. */
export function pageUrl(pathname: string, searchParams: PageSearchParams = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      query.append(name, item);
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
