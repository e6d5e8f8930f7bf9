import 'server-only';
import { cache } from 'react';
import { rescaleJson } from '../rescale/client';
import type { RescaleSession } from '../auth/session';

/**
 * One upstream call per resource per page render, however many server components ask
 * (the page, its metadata, its sections).
 */
export const load = cache(<T>(session: RescaleSession, resource: string): Promise<T> =>
  rescaleJson<T>(session, resource),
);

/** The data, or undefined when the call failed; for preloads the client can redo. */
export async function loadSettled<T>(session: RescaleSession, resource: string): Promise<T | undefined> {
  try {
    return await load<T>(session, resource);
  } catch {
    return undefined;
  }
}
