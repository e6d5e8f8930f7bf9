import 'server-only';
import { cache } from 'react';
import type { Resource } from '@/lib/api/resource';
import { redirectIfKeyRejected, type RescaleSession } from '@/lib/auth/session';
import { rescaleJson } from './client';
import { isRescaleError, RescaleError } from './errors';

/**
 * How every page loads its data. A rejected key (401) always sends the user to sign in
 * and back to `returnTo`; any other failure is handed back for the page to show or to
 * leave to the browser, which asks again and shows its own error with a retry.
 */
export type Loaded<T> = { ok: true; data: T } | { ok: false; error: RescaleError };

/**
 * What a page requires of a body before it trusts it, for a page whose own logic (not
 * only its display) depends on the body's shape.
 */
export type BodyCheck<T> = (body: unknown) => body is T;

/** A body that fails its page's check is Rescale's failure, worded like any other. */
function unreadable(): RescaleError {
  return new RescaleError({
    status: 502,
    code: 'upstream_unexpected_shape',
    detail: 'Rescale sent an answer in a shape this dashboard does not understand. Try again in a moment.',
  });
}

/**
 * One upstream call per resource per server render, however many server components ask
 * (the page and its sections): a section awaiting a resource the page already started
 * shares that call.
 */
const call = cache(<T>(session: RescaleSession, resource: string): Promise<T> =>
  rescaleJson<T>(session, resource),
);

export async function loadForPage<T>(
  session: RescaleSession,
  resource: string,
  returnTo: string,
  accepts?: BodyCheck<T>,
): Promise<Loaded<T>> {
  let body: T;
  try {
    body = await call<T>(session, resource);
  } catch (error) {
    await redirectIfKeyRejected(error, returnTo);
    if (isRescaleError(error)) return { ok: false, error };
    throw error;
  }
  if (accepts && !accepts(body)) return { ok: false, error: unreadable() };
  return { ok: true, data: body };
}

/**
 * Starts a call now, so it runs alongside the page's others; a later `loadForPage` of the
 * same resource in the same render awaits this one instead of calling again.
 */
export function startLoading(session: RescaleSession, resource: string): void {
  call(session, resource).catch(() => undefined);
}

/**
 * SWR's fallback for a section's first paint, under each resource's browser key. A
 * failed preload is left out: the section then fetches for itself.
 */
export async function preloadFallback(
  session: RescaleSession,
  resources: ReadonlyArray<Resource<unknown>>,
  returnTo: string,
): Promise<Record<string, unknown>> {
  const loaded = await Promise.all(
    resources.map(async ({ key, path }) => [key, await loadForPage(session, path, returnTo)] as const),
  );
  const fallback: Record<string, unknown> = {};
  for (const [key, result] of loaded) if (result.ok) fallback[key] = result.data;
  return fallback;
}

/**
 * How long a page waits for its data before its first flush. Calls to a nearby region
 * answer well within it; a slower one costs the user at most this before a placeholder.
 */
const FIRST_FLUSH_WAIT_MS = 200;

/**
 * Whether every one of these calls has answered, or failed, within `ms` (they are started
 * now if they were not already). What a page shows from calls that answered in time goes
 * out in its first flush; content behind a Suspense boundary, even one resolved within the
 * same response, is revealed by React's streaming runtime no sooner than 300 ms after the
 * first frame and after whatever script runs meanwhile, which on a slow laptop made it the
 * page's largest paint, seconds after the HTML had arrived. A page whose calls are slower
 * than `ms` streams its content behind a placeholder instead of showing nothing.
 */
export async function answeredWithin(
  session: RescaleSession,
  resources: string[],
  ms: number = FIRST_FLUSH_WAIT_MS,
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  const answered = Promise.allSettled(resources.map((resource) => call(session, resource))).then(() => true);
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The same fallback if every call has answered, or failed, within `ms`; else null. */
export async function preloadFallbackWithin(
  session: RescaleSession,
  resources: ReadonlyArray<Resource<unknown>>,
  returnTo: string,
  ms: number = FIRST_FLUSH_WAIT_MS,
): Promise<Record<string, unknown> | null> {
  const paths = resources.map(({ path }) => path);
  return (await answeredWithin(session, paths, ms)) ? preloadFallback(session, resources, returnTo) : null;
}
