import 'server-only';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import type { Resource } from '@/lib/api/resource';
import { preloadFallback } from '@/lib/rescale/page-data';
import type { RescaleSession } from '@/lib/auth/session';

/**
 * Fetches what a section needs for its first paint and hands it to the client hooks
 * under their SWR keys. A failed preload is left out: the section then fetches for
 * itself and shows its own error and retry, without failing the rest of the page.
 */
export async function Preloaded({
  session,
  resources,
  returnTo,
  children,
}: {
  session: RescaleSession;
  resources: Array<Resource<unknown>>;
  returnTo: string;
  children: ReactNode;
}) {
  const fallback = await preloadFallback(session, resources, returnTo);
  return <SWRConfig value={{ fallback }}>{children}</SWRConfig>;
}
