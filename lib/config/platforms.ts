/**
 * The region allowlist. Keys are per region, and the server only ever sends a key to
 * a region in the list in force, so this list is checked on every request, not just
 * at sign-in. Isomorphic: region URLs are public, and the browser receives the list
 * as props from the server (it never reads the environment itself).
 */

export type Platform = { id: string; label: string; url: string };

export const BUILT_IN_PLATFORMS: readonly Platform[] = Object.freeze([
  { id: 'us', label: 'North America', url: 'https://platform.rescale.com' },
  { id: 'eu', label: 'Europe', url: 'https://eu.rescale.com' },
  { id: 'jp', label: 'Japan', url: 'https://platform.rescale.jp' },
  { id: 'kr', label: 'Korea', url: 'https://kr.rescale.com' },
  { id: 'itar', label: 'ITAR', url: 'https://itar.rescale.com' },
  { id: 'itar-frm', label: 'ITAR FRM', url: 'https://itar.rescale-gov.com' },
]);

const PLATFORM_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

function invalid(entry: string, why: string): Error {
  return new Error(
    `RESCALE_PLATFORMS has an invalid entry "${entry}": ${why}. ` +
      'Expected a comma-separated list of id=url pairs, e.g. "us=https://platform.rescale.com".',
  );
}

function parseRegionUrl(entry: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(entry, `"${raw}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(entry, 'the URL must use https (or http for a local server)');
  }
  if (url.username || url.password) throw invalid(entry, 'the URL must not carry credentials');
  if (url.pathname !== '/' || url.search || url.hash) {
    throw invalid(entry, 'the URL must be an origin only, without a path, query or fragment');
  }
  return url.origin;
}

/** Parses `RESCALE_PLATFORMS` (`id=url,id=url`); throws an error naming the variable and the bad entry. */
export function parsePlatforms(raw: string): Platform[] {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) {
    throw new Error('RESCALE_PLATFORMS is set but lists no regions; unset it to use the built-in regions.');
  }
  const platforms: Platform[] = [];
  for (const entry of entries) {
    const separator = entry.indexOf('=');
    if (separator < 0) throw invalid(entry, 'it has no "="');
    const id = entry.slice(0, separator).trim().toLowerCase();
    const url = parseRegionUrl(entry, entry.slice(separator + 1).trim());
    if (!PLATFORM_ID.test(id)) {
      throw invalid(entry, 'the id must be lower-case letters, digits and dashes (at most 32)');
    }
    if (platforms.some((platform) => platform.id === id))
      throw invalid(entry, `the id "${id}" appears twice`);
    const builtIn = BUILT_IN_PLATFORMS.find((platform) => platform.id === id);
    platforms.push({ id, label: builtIn?.label ?? id, url });
  }
  return platforms;
}

let cached: { raw: string | undefined; platforms: Platform[] } | undefined;

/** The regions in force: the built-in six, or `RESCALE_PLATFORMS` when it is set. */
export function getPlatforms(): Platform[] {
  const raw = process.env.RESCALE_PLATFORMS;
  if (!cached || cached.raw !== raw) {
    const platforms = raw?.trim() ? parsePlatforms(raw) : BUILT_IN_PLATFORMS.map((p) => ({ ...p }));
    cached = { raw, platforms };
  }
  return cached.platforms;
}

export function findPlatform(id: string): Platform | undefined {
  return getPlatforms().find((platform) => platform.id === id);
}

/** True when `platform` is, id and URL alike, a region in the list in force. */
export function isAllowedPlatform(platform: { id: string; url: string }): boolean {
  return findPlatform(platform.id)?.url === platform.url;
}

/**
 * The region's page where a user creates or copies an API key: only Rescale's own regions
 * have one. A region configured elsewhere (a local server, a proxy) has no such page, so
 * none is offered rather than a link that fails.
 */
export function apiKeyPageUrl(platform: Platform): string | null {
  const builtIn = BUILT_IN_PLATFORMS.some((known) => known.url === platform.url);
  return builtIn ? `${platform.url}/user/settings/api-key/` : null;
}
