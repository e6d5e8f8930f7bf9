/**
 * One function per Rescale resource, producing its path relative to `/api/`
 * (`v2/jobs/abc/runs/?page=2`). The same string, behind `PROXY_PREFIX`, is the
 * browser's URL for the resource and its SWR key; behind the region's `/api/`
 * it is the upstream URL. Server preloads and client hooks therefore share keys
 * by construction (docs/ARCHITECTURE.md, rule 2).
 */

export const API_VERSION = 'v2';
export const PROXY_PREFIX = '/api/rescale/';

export type Query = Record<string, string | number | boolean | null | undefined>;

/** A resource path: version, encoded segments, always a trailing slash, then the query. */
export function resourcePath(segments: readonly string[], query: Query = {}): string {
  const path = [API_VERSION, ...segments.map(encodeURIComponent)].join('/') + '/';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(name, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The browser-side URL (and SWR key) of a resource path. */
export function proxyUrl(resource: string): string {
  return PROXY_PREFIX + resource;
}

export type PageQuery = { page?: number; page_size?: number };

/** Tail paths keep their inner slashes: each part is encoded on its own. */
function filePathSegments(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

export const rescalePaths = {
  me: () => resourcePath(['users', 'me']),
  coreTypes: (q: PageQuery = {}) => resourcePath(['coretypes'], q),
  analyses: (q: PageQuery & { search?: string } = {}) => resourcePath(['analyses'], q),
  jobs: (q: PageQuery & { search?: string; ordering?: string } = {}) => resourcePath(['jobs'], q),
  job: (jobId: string) => resourcePath(['jobs', jobId]),
  jobSubmit: (jobId: string) => resourcePath(['jobs', jobId, 'submit']),
  jobStop: (jobId: string) => resourcePath(['jobs', jobId, 'stop']),
  jobShare: (jobId: string) => resourcePath(['jobs', jobId, 'share']),
  jobStatuses: (jobId: string, q: PageQuery = {}) => resourcePath(['jobs', jobId, 'statuses'], q),
  jobClusterStatuses: (jobId: string, q: PageQuery = {}) =>
    resourcePath(['jobs', jobId, 'cluster_statuses'], q),
  jobFiles: (jobId: string, q: PageQuery & { search?: string } = {}) =>
    resourcePath(['jobs', jobId, 'files'], q),
  runs: (jobId: string, q: PageQuery = {}) => resourcePath(['jobs', jobId, 'runs'], q),
  run: (jobId: string, runId: string) => resourcePath(['jobs', jobId, 'runs', runId]),
  runStop: (jobId: string, runId: string) => resourcePath(['jobs', jobId, 'runs', runId, 'stop']),
  runSnapshot: (jobId: string, runId: string) => resourcePath(['jobs', jobId, 'runs', runId, 'snapshot']),
  runFiles: (jobId: string, runId: string, q: PageQuery & { search?: string } = {}) =>
    resourcePath(['jobs', jobId, 'runs', runId, 'files'], q),
  runDirectory: (jobId: string, runId: string) =>
    resourcePath(['jobs', jobId, 'runs', runId, 'directory-contents']),
  runTail: (jobId: string, runId: string, filePath: string, q: { lines?: number } = {}) =>
    resourcePath(['jobs', jobId, 'runs', runId, 'tail', ...filePathSegments(filePath)], q),
  files: (q: PageQuery & { search?: string } = {}) => resourcePath(['files'], q),
  file: (fileId: string) => resourcePath(['files', fileId]),
  fileUpload: () => resourcePath(['files', 'contents']),
  fileContents: (fileId: string) => resourcePath(['files', fileId, 'contents']),
  fileLines: (fileId: string) => resourcePath(['files', fileId, 'lines']),
  task: (token: string) => resourcePath(['tasks', token]),
} as const;
