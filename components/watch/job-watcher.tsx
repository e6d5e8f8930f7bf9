'use client';

import { lazy, Suspense } from 'react';
import { useLaterWatchState } from '@/lib/watch/use-later-watch-state';

// Loaded once there is something to watch: until then this check is all a page carries.
const WatchRunner = lazy(() => import('./watch-runner').then((m) => ({ default: m.WatchRunner })));

/** In every tab of the signed-in app, so a watched job is followed from whichever page is open. */
export function JobWatcher({ region }: { region: string }) {
  const { watching, ended } = useLaterWatchState(region);
  if (watching.length === 0 && ended.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <WatchRunner region={region} />
    </Suspense>
  );
}
