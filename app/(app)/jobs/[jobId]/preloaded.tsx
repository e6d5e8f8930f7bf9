import 'server-only';
import { Suspense, type ReactNode } from 'react';
import { SWRConfig } from 'swr';
import type { Resource } from '@/lib/api/resource';
import { preloadFallback } from '@/lib/rescale/page-data';
import type { RescaleSession } from '@/lib/auth/session';

type PreloadedProps = {
  session: RescaleSession;
  resources: Array<Resource<unknown>>;
  returnTo: string;
  /** The section's data when the page already has it: the section then goes out in the first flush. */
  ready: Record<string, unknown> | null;
  /** What the section shows while its data streams in, when it is not ready. */
  placeholder: ReactNode;
  children: ReactNode;
};

/**
 * Hands what a section needs for its first paint to the client hooks under their SWR
 * keys. A section whose data is not in yet streams in behind its own Suspense boundary:
 * only then is there a boundary, because React reveals even a boundary resolved within
 * the same response no sooner than 300 ms after the first frame. A failed preload is left
 * out: the section then fetches for itself and shows its own error and retry, without
 * failing the rest of the page.
 */
export function Preloaded({ ready, placeholder, children, ...toFetch }: PreloadedProps) {
  if (ready) return <SWRConfig value={{ fallback: ready }}>{children}</SWRConfig>;
  return (
    <Suspense fallback={placeholder}>
      <Fetched {...toFetch}>{children}</Fetched>
    </Suspense>
  );
}

async function Fetched({
  session,
  resources,
  returnTo,
  children,
}: Omit<PreloadedProps, 'ready' | 'placeholder'>) {
  const fallback = await preloadFallback(session, resources, returnTo);
  return <SWRConfig value={{ fallback }}>{children}</SWRConfig>;
}
