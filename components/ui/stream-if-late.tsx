import { Suspense, type ReactNode } from 'react';

/**
 * Content whose data came in time goes out in the page's first flush, with no boundary:
 * React reveals a boundary no sooner than 300 ms after the first frame, even one resolved
 * within the same response. Content still waiting streams in behind the placeholder.
 */
export function StreamIfLate({
  inTime,
  placeholder,
  children,
}: {
  inTime: boolean;
  placeholder: ReactNode;
  children: ReactNode;
}) {
  if (inTime) return <>{children}</>;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
