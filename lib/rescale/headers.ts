/**
 * What crosses the proxy (docs/ARCHITECTURE.md, rule 4): allowlists in both directions,
 * so a new browser or platform header never leaks through by default. Cookies and
 * `Authorization` are absent from both lists; the key is added by client.ts alone.
 */

const REQUEST_HEADERS = [
  'accept',
  'content-type',
  'content-length',
  'range',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
] as const;

const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
  'retry-after',
] as const;

const RESPONSE_HEADER_PREFIXES = ['x-ratelimit-'] as const;

export function pickRequestHeaders(incoming: Headers): Headers {
  const picked = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) picked.set(name, value);
  }
  return picked;
}

export function pickResponseHeaders(upstream: Headers): Headers {
  const picked = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) picked.set(name, value);
  }
  for (const [name, value] of upstream) {
    if (RESPONSE_HEADER_PREFIXES.some((prefix) => name.startsWith(prefix))) picked.set(name, value);
  }
  // fetch() has already decoded a compressed body, so the upstream length no longer fits it.
  if (upstream.has('content-encoding')) picked.delete('content-length');
  return picked;
}
