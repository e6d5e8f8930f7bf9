import { looksLikeJobId } from './job-id';

/** What the jobs page knows about a search that may be a job id. */
export type JobIdLookup =
  | { state: 'none' }
  | { state: 'checking'; id: string }
  | { state: 'found'; id: string; name: string }
  | { state: 'missing'; id: string }
  | { state: 'failed'; id: string; error: unknown };

/** The id a search asks to check, or null when it is not shaped like one. */
export function jobIdToCheck(search: string): string | null {
  return looksLikeJobId(search) ? search.trim() : null;
}

/**
 * The answer to one `jobs/{id}/` call, in the page's terms: the platform answers 404
 * for an id no job has, and for a job not shared with the reader, which to them is the same.
 */
export function jobIdLookup(
  id: string | null,
  job: { id: string; name: string } | undefined,
  error: { status: number } | undefined,
): JobIdLookup {
  if (id === null) return { state: 'none' };
  if (job !== undefined) return { state: 'found', id: job.id, name: job.name };
  if (error?.status === 404) return { state: 'missing', id };
  if (error !== undefined) return { state: 'failed', id, error };
  return { state: 'checking', id };
}
