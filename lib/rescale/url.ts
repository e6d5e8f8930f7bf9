/**
 * The upstream URL of a resource: region base + `/api/` + version + segments +
 * trailing slash (the platform requires it) + the query as given.
 */
import { checkResourcePath, type ResourcePath } from './path-validation';

export class InvalidResourceError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'InvalidResourceError';
  }
}

export function splitResource(resource: string): { path: string; search: string } {
  const withoutHash = resource.split('#', 1)[0] ?? '';
  const queryAt = withoutHash.indexOf('?');
  if (queryAt === -1) return { path: withoutHash, search: '' };
  const query = withoutHash.slice(queryAt + 1);
  return { path: withoutHash.slice(0, queryAt), search: query === '' ? '' : `?${query}` };
}

export function buildRescaleUrl(platformUrl: string, path: ResourcePath, search = ''): URL {
  const base = platformUrl.replace(/\/+$/, '');
  return new URL(`${base}/api/${path.version}/${path.segments.join('/')}/${search}`);
}

/**
 * `v2/jobs/?page=2` → `https://platform.rescale.com/api/v2/jobs/?page=2`.
 * Throws `InvalidResourceError` when the path fails validation.
 */
export function rescaleUrl(platformUrl: string, resource: string): URL {
  const { path, search } = splitResource(resource);
  const checked = checkResourcePath(path);
  if (!checked.ok) throw new InvalidResourceError(checked.detail);
  return buildRescaleUrl(platformUrl, checked.path, search);
}
