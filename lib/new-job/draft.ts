import { readJobForm, type JobForm } from './form';

/**
 * The unfinished form, kept in the browser so a reload, a crash or a failed request
 * loses nothing. It holds only what the user typed and the ids of files already
 * uploaded; the Rescale key never reaches the browser, so it cannot end up here.
 */

export type Draft = { version: 1; savedAt: number; form: JobForm };

function readDraft(value: unknown): Draft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, savedAt, form } = value as Record<string, unknown>;
  if (version !== 1 || typeof savedAt !== 'number' || Number.isNaN(savedAt)) return null;
  const readForm = readJobForm(form);
  return readForm ? { version, savedAt, form: readForm } : null;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'rescale-dashboard:new-job-draft';

/**
 * Each account (region and email) has its own drafts, so someone else signing in on the
 * same browser never sees them; a blank form and each cloned job have their own too.
 */
export function draftKey(owner: string, cloneOf: string | null, editOf: string | null = null): string {
  const base = `${PREFIX}:${owner}`;
  if (editOf) return `${base}:edit:${editOf}`;
  return cloneOf ? `${base}:clone:${cloneOf}` : base;
}

export function saveDraft(storage: DraftStorage, key: string, form: JobForm, now: number): void {
  const draft: Draft = { version: 1, savedAt: now, form };
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage must not break the form; the draft is a safety net.
  }
}

/** The stored draft, or null when there is none or it no longer fits the form's shape. */
export function loadDraft(storage: DraftStorage, key: string): Draft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    return readDraft(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function clearDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: an unreadable storage holds no draft we could clear.
  }
}
