'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from then on. A control
 * whose work is done by its handler is disabled until then: on a slow laptop the page is
 * on screen seconds before its script runs, and a tick, a choice or a press made
 * meanwhile would do nothing, or toggle a box behind React's back.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
