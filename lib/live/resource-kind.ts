/**
 * What kind of live resource a proxy URL names, so the scheduler can decide how
 * often it is worth polling. The URL is the SWR key built by `rescalePaths`.
 */

export type ResourceKind =
  'tail' | 'jobStatuses' | 'clusterStatuses' | 'runs' | 'directory' | 'jobs' | 'other';

export function resourceKind(key: string): ResourceKind {
  const path = key.split('?')[0] ?? key;
  if (/\/runs\/[^/]+\/tail\//.test(path)) return 'tail';
  if (/\/runs\/[^/]+\/directory-contents\/$/.test(path)) return 'directory';
  if (/\/jobs\/[^/]+\/statuses\/$/.test(path)) return 'jobStatuses';
  if (/\/jobs\/[^/]+\/cluster_statuses\/$/.test(path)) return 'clusterStatuses';
  if (/\/jobs\/[^/]+\/runs\/$/.test(path)) return 'runs';
  if (/\/v2\/jobs\/$/.test(path)) return 'jobs';
  return 'other';
}
