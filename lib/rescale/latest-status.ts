import type { StatusEntry } from './types';

/**
 * The newest entry of a `jobs/{id}/statuses/` page (lists come newest first), checked
 * field by field: it decides whether a finished job is shown as a success. Null when
 * the body is not a status list or the list is empty.
 */
export function latestStatusEntry(body: unknown): StatusEntry | null {
  if (typeof body !== 'object' || body === null) return null;
  const results = (body as { results?: unknown }).results;
  if (!Array.isArray(results) || results.length === 0) return null;
  const first: unknown = results[0];
  if (typeof first !== 'object' || first === null) return null;
  const { status, statusDate, statusReason } = first as Record<string, unknown>;
  if (typeof status !== 'string' || typeof statusDate !== 'string') return null;
  if (statusReason !== null && statusReason !== undefined && typeof statusReason !== 'string') return null;
  return { status, statusDate, statusReason: statusReason ?? null };
}
