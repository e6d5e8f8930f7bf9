import 'server-only';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { loadSettled } from '@/lib/job/job-page-data';
import type { Resource } from '@/lib/api/resource';
import type { RescaleSession } from '@/lib/auth/session';

/**
 * Fetches what a section needs for its first paint and hands it to the client hooks
 * under their SWR keys. A failed preload is left out: the section then fetches for
 * itself and shows its own error and retry, without failing the rest of the page.
 */
export async function Preloaded({
  session,
  resources,
  children,
}: {
  session: RescaleSession;
  resources: Array<Resource<unknown>>;
  children: ReactNode;
}) {
  const loaded = await Promise.all(
    resources.map(async ({ key, path }) => [key, await loadSettled(session, path)] as const),
  );
  const fallback = Object.fromEntries(loaded.filter(([, data]) => data !== undefined));
  return <SWRConfig value={{ fallback }}>{children}</SWRConfig>;
}
