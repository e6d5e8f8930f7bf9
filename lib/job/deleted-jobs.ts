'use client';

import { useSyncExternalStore } from 'react';

/**
 * Jobs deleted from this tab. The browser's back button restores a job page from its
 * cache, as it was before the delete, and the platform answers 404 for a deleted job
 * exactly as for one never shared: only this record lets those pages say the job was
 * deleted. It lives in sessionStorage so a reload in the same tab still knows, and the
 * jobs list reads the newest entry once to confirm the deletion.
 */

const STORAGE_KEY = 'rescale-dashboard:deleted-jobs';
const UNSEEN_KEY = 'rescale-dashboard:deleted-unconfirmed';

export type DeletedJob = { id: string; name: string };

const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof entry === 'string');
}

function readAll(): Record<string, string> {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return isStringRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** `announce: false` when the deleting view confirms the deletion itself (the jobs table's bulk actions). */
export function rememberDeletedJob(job: DeletedJob, { announce = true }: { announce?: boolean } = {}): void {
  const store = storage();
  if (!store) return;
  store.setItem(STORAGE_KEY, JSON.stringify({ ...readAll(), [job.id]: job.name }));
  if (announce) store.setItem(UNSEEN_KEY, JSON.stringify({ id: job.id, name: job.name }));
  for (const notify of listeners) notify();
}

/** The job deleted last, once: the jobs list confirms it, and a reload does not repeat it. */
export function takeUnconfirmedDeletion(): DeletedJob | null {
  const store = storage();
  const raw = store?.getItem(UNSEEN_KEY);
  if (!store || !raw) return null;
  store.removeItem(UNSEEN_KEY);
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isStringRecord(parsed) || parsed.id === undefined || parsed.name === undefined) return null;
    return { id: parsed.id, name: parsed.name };
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The name of the job if this tab deleted it; null otherwise, and while rendering on the server. */
export function useDeletedJobName(jobId: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readAll()[jobId] ?? null,
    () => null,
  );
}
