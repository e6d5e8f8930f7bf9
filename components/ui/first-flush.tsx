import 'server-only';
import { Suspense, type ReactNode } from 'react';
import type { RescaleSession } from '@/lib/auth/session';
import { answeredWithin } from '@/lib/rescale/page-data';

/**
 * A page's content, in the page's first flush when every call it needs (`paths`) has
 * answered within the first-flush wait, with no boundary: React reveals a boundary no
 * sooner than 300 ms after the first frame, even one resolved within the same response.
 * Content still waiting streams in behind `placeholder`.
 */
export async function FirstFlush({
  session,
  paths,
  placeholder,
  children,
}: {
  session: RescaleSession;
  paths: string[];
  placeholder: ReactNode;
  children: ReactNode;
}) {
  if (await answeredWithin(session, paths)) return <>{children}</>;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
