/**
 * Checks a resource path (`v2/jobs/abc/runs/1/tail/airFoil2D/0/U/`, still
 * percent-encoded) segment by segment before anything is sent to Rescale
 * (docs/ARCHITECTURE.md, rule 5). Odd input is refused with words, never repaired:
 * a guess could reach a different resource than the one the user meant.
 */

export const API_VERSIONS: readonly string[] = ['v2'];

export type ResourcePath = {
  version: string;
  /** Canonically encoded segments after the version. Tail file paths keep one segment per directory. */
  segments: string[];
};

export type PathCheck = { ok: true; path: ResourcePath } | { ok: false; detail: string };

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** `https:` then a slash (raw, encoded or backslash), as left by `…/v2/https://host/…`. */
const SMUGGLED_URL = /(?:^|\/)[a-z][a-z0-9+.-]*:(?:\/|\\|%2f|%5c)/i;
const BARE_SCHEME = /^[a-z][a-z0-9+.-]*:$/i;
const ENCODED_SEPARATOR = /%(?:2f|5c)/i;
const MAX_SEGMENT_LENGTH = 1024;

function shown(segment: string): string {
  const printable = segment.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return JSON.stringify(printable.length > 60 ? `${printable.slice(0, 60)}…` : printable);
}

/** Returns the decoded segment, or the reason it cannot be forwarded. */
function checkSegment(raw: string, position: number): { value: string } | { problem: string } {
  const where = `Path segment ${position}`;
  if (raw === '') return { problem: `${where} is empty (two slashes in a row).` };
  if (raw.length > MAX_SEGMENT_LENGTH) {
    return { problem: `${where} is longer than ${MAX_SEGMENT_LENGTH} characters.` };
  }
  if (ENCODED_SEPARATOR.test(raw) || raw.includes('\\')) {
    return { problem: `${where} ${shown(raw)} contains an encoded slash or a backslash.` };
  }
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return { problem: `${where} ${shown(raw)} is not valid percent-encoding.` };
  }
  if (value === '.' || value === '..') {
    return { problem: `${where} is "${value}"; relative segments are not allowed.` };
  }
  if (CONTROL_CHARACTER.test(value)) {
    return { problem: `${where} ${shown(raw)} contains a control character.` };
  }
  if (value.includes('/') || value.includes('\\')) {
    return { problem: `${where} ${shown(raw)} contains an encoded slash or a backslash.` };
  }
  if (BARE_SCHEME.test(value)) {
    return { problem: `${where} ${shown(raw)} looks like an absolute URL; only API paths are forwarded.` };
  }
  return { value };
}

/**
 * Validates `version/resource/...` (no leading slash, optional trailing slash,
 * no query). Every segment, including each directory of a tail file path, is
 * checked on its own and re-encoded canonically.
 */
export function checkResourcePath(rawPath: string): PathCheck {
  const trimmed = rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  const usage = `Use /api/rescale/${API_VERSIONS[0]}/<resource>/.`;
  if (trimmed === '') return { ok: false, detail: `The path names no API version. ${usage}` };
  const [version = '', ...rest] = trimmed.split('/');
  if (!API_VERSIONS.includes(version)) {
    return {
      ok: false,
      detail: `API version ${shown(version)} is not supported (allowed: ${API_VERSIONS.join(', ')}). ${usage}`,
    };
  }
  if (rest.length === 0) return { ok: false, detail: `The path names no resource. ${usage}` };
  if (SMUGGLED_URL.test(trimmed)) {
    return { ok: false, detail: `The path contains an absolute URL; only API paths are forwarded. ${usage}` };
  }
  const segments: string[] = [];
  for (const [index, raw] of rest.entries()) {
    const checked = checkSegment(raw, index + 2);
    if ('problem' in checked) return { ok: false, detail: `${checked.problem} ${usage}` };
    segments.push(encodeURIComponent(checked.value));
  }
  return { ok: true, path: { version, segments } };
}
