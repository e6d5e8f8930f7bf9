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

const SAME_ORIGIN = 'http://same-origin.invalid';
/** Controls, and the invisible or line-breaking characters some URL parsers drop or split on. */
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;
/** A value is decoded at most this often; deeper nesting is refused rather than trusted. */
const MAX_DECODINGS = 3;

/**
 * What each layer of percent-decoding reveals of a path, for the servers and proxies that
 * decode before they route; null when the layers go deeper than anyone legitimate nests.
 */
function decodedLayers(path: string): string[] | null {
  const layers: string[] = [];
  let current = path;
  for (let step = 0; step < MAX_DECODINGS; step += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return layers;
    }
    if (next === current) return layers;
    layers.push(next);
    current = next;
  }
  return null;
}

/** The layer resolved against this origin as a browser would, when it stays a path on it. */
function resolvedPath(layer: string): URL | null {
  if (!layer.startsWith('/') || layer.startsWith('//') || layer.includes('\\')) return null;
  if (UNSAFE_CHARACTER.test(layer)) return null;
  let url: URL;
  try {
    url = new URL(layer, SAME_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== SAME_ORIGIN || url.username !== '' || url.password !== '') return null;
  // Dot segments can collapse `/.//host` into `//host`, which a browser reads as another host.
  if (url.pathname.startsWith('//')) return null;
  return url;
}

function isSignInPath(pathname: string): boolean {
  return pathname === '/sign-in' || pathname.startsWith('/sign-in/');
}

/**
 * The one decision on where the app may send a browser after sign-in or sign-out: a path
 * on this origin, judged on its normalised form (each percent-decoding layer, dot segments
 * removed, resolved against the origin), and returned normalised, so what was checked is
 * what is followed. Anything else, and the sign-in pages, gives `fallback`.
 */
export function safeCallbackUrl(raw: unknown, fallback: string = DEFAULT_CALLBACK_URL): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback;
  const url = resolvedPath(raw);
  if (!url || isSignInPath(url.pathname)) return fallback;
  const layers = decodedLayers(url.pathname);
  if (!layers) return fallback;
  for (const layer of layers) {
    const decoded = resolvedPath(layer);
    if (!decoded || isSignInPath(decoded.pathname)) return fallback;
  }
  return url.pathname + url.search + url.hash;
}

/**
 * next-auth's `redirect` callback: its own default lets any path through as given, so
 * every redirect it makes goes through the same decision, made on this origin.
 */
export function nextAuthRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  const target = url.startsWith(origin + '/') ? url.slice(origin.length) : url;
  return origin + safeCallbackUrl(target);
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
