/**
 * Rescale answers with links on its own host (`next`, `previous`, `downloadUrl`,
 * `resource`). The browser must never need that host, so those links become proxy
 * paths. The rewrite works on the JSON text itself, touching only those four string
 * values: the rest of the body is never parsed or re-serialised, and a body with no
 * platform link at all is returned as it came.
 */
import { API_VERSIONS } from './path-validation';
import { PROXY_PREFIX } from './paths';

const LINK_FIELDS = ['next', 'previous', 'downloadUrl', 'resource'] as const;

/**
 * A key is an object key only where `{` or `,` precedes its opening quote: inside a
 * string every quote is escaped, so a look-alike in a job name cannot match.
 */
const LINK_PATTERN = new RegExp(
  `([{,]\\s*)"(${LINK_FIELDS.join('|')})"(\\s*:\\s*)"((?:[^"\\\\]|\\\\.)*)"`,
  'g',
);

export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const mediaType = contentType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** The cheap test that lets most bodies skip the rewrite entirely. */
export function mightContainPlatformLinks(text: string, platformUrl: string): boolean {
  const host = new URL(platformUrl).host;
  return text.includes(host) || text.includes('"/api/') || text.includes('"\\/api\\/');
}

/** The proxy path for a link on the platform, or null when the link is not the platform's API. */
export function proxyPathForLink(
  link: string,
  platformUrl: string,
  proxyPrefix: string = PROXY_PREFIX,
): string | null {
  const platform = new URL(platformUrl);
  let url: URL;
  try {
    url = new URL(link, link.startsWith('/') && !link.startsWith('//') ? platform : undefined);
  } catch {
    return null;
  }
  if (url.origin !== platform.origin || !url.pathname.startsWith('/api/')) return null;
  const rest = url.pathname.slice('/api/'.length);
  const first = rest.split('/', 1)[0] ?? '';
  if (API_VERSIONS.includes(first)) return `${proxyPrefix}${rest}${url.search}`;
  if (/^v\d+$/.test(first)) return null;
  // Unversioned links (`/api/jobs/…/tail/…`, as v2 directory listings return them)
  // name resources that exist under the current version; the proxy only speaks versioned paths.
  return `${proxyPrefix}${API_VERSIONS[0]}/${rest}${url.search}`;
}

function decodeJsonString(raw: string): string | null {
  try {
    const value: unknown = JSON.parse(`"${raw}"`);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Rewrites platform links in a JSON text; returns the same string when there is nothing to do. */
export function rewritePlatformLinks(
  json: string,
  platformUrl: string,
  proxyPrefix: string = PROXY_PREFIX,
): string {
  if (!mightContainPlatformLinks(json, platformUrl)) return json;
  return json.replace(LINK_PATTERN, (match, before: string, field: string, colon: string, raw: string) => {
    const link = decodeJsonString(raw);
    const rewritten = link === null ? null : proxyPathForLink(link, platformUrl, proxyPrefix);
    return rewritten === null ? match : `${before}"${field}"${colon}${JSON.stringify(rewritten)}`;
  });
}
