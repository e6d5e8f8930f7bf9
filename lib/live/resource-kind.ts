/**
 * What kind of live resource a descriptor names, so the scheduler can decide how often
 * it is worth polling. Each descriptor in `lib/api/resource.ts` carries its own.
 */
export type ResourceKind =
  'tail' | 'jobStatuses' | 'clusterStatuses' | 'clusterWindingDown' | 'runs' | 'directory' | 'jobs' | 'other';

const KINDS: ReadonlySet<string> = new Set<ResourceKind>([
  'tail',
  'jobStatuses',
  'clusterStatuses',
  'clusterWindingDown',
  'runs',
  'directory',
  'jobs',
  'other',
]);

/** For kinds that arrive from another tab, which may run another build of the app. */
export function isResourceKind(value: unknown): value is ResourceKind {
  return typeof value === 'string' && KINDS.has(value);
}
