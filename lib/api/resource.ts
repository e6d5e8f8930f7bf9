import { proxyUrl } from '@/lib/rescale/paths';
import type { ResourceKind } from '@/lib/live/resource-kind';

/**
 * A platform resource as the app reads it: its path (for server loads), its SWR key
 * (the browser's URL for it), its live kind, and, in the type only, the body it answers
 * with. Built in one place per feature (`lib/job/job-resources.ts`), so the type travels
 * with the key and no caller restates it.
 */
export type Resource<T> = {
  readonly path: string;
  readonly key: string;
  readonly kind: ResourceKind;
  /** Never set: it only carries the body's type from the descriptor to the hook. */
  readonly body?: T;
};

export function resource<T>(path: string, kind: ResourceKind = 'other'): Resource<T> {
  return { path, key: proxyUrl(path), kind };
}
