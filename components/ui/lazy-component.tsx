'use client';

import { lazy, Suspense, type ComponentType, type JSX, type ReactNode } from 'react';

/**
 * A component whose code loads when it first renders, showing `fallback` meanwhile: what
 * next/dynamic does, on React's own lazy, without next/dynamic's loader in the first load.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyComponent(props: P & JSX.IntrinsicAttributes) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
