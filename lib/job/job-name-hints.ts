import 'server-only';
import type { RescaleSession } from '@/lib/auth/session';

/**
 * The name each job had when this viewer last saw it, remembered in this process. A job
 * page's creation date and sharing come only from the jobs listing searched by the job's
 * name (the platform's job read has neither), so without the name that search waits for
 * the job: a second wave of calls. With a remembered name it starts beside the job read.
 * Only ever a hint: the search runs with the viewer's own key and its answer is matched by
 * id, so a renamed job or an entry this instance never saw costs that second wave, never a
 * wrong summary. Kept per viewer so that no one's job names shape another's searches;
 * bounded, the least recently used dropped first; on `globalThis`, as route bundles may
 * each load this module.
 */

export const MAX_JOB_NAME_HINTS = 5000;

const HOLDER = Symbol.for('rescale-dashboard.job-name-hints');
type Holder = { [HOLDER]?: Map<string, string> };

function hints(): Map<string, string> {
  return ((globalThis as Holder)[HOLDER] ??= new Map());
}

function hintKey(session: RescaleSession, jobId: string): string {
  return JSON.stringify([session.platform.id, session.user.email, jobId]);
}

/** The name `jobId` had when this viewer last saw it here, if it was seen. */
export function jobNameHint(session: RescaleSession, jobId: string): string | undefined {
  const key = hintKey(session, jobId);
  const name = hints().get(key);
  if (name !== undefined) {
    hints().delete(key);
    hints().set(key, name);
  }
  return name;
}

/** Remembers the names of jobs this viewer has just been shown. */
export function rememberJobNames(
  session: RescaleSession,
  jobs: ReadonlyArray<{ id: string; name: string }>,
): void {
  const all = hints();
  for (const { id, name } of jobs) {
    const key = hintKey(session, id);
    all.delete(key);
    all.set(key, name);
  }
  for (const oldest of all.keys()) {
    if (all.size <= MAX_JOB_NAME_HINTS) break;
    all.delete(oldest);
  }
}
