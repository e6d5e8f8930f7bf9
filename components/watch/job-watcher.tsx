'use client';

import dynamic from 'next/dynamic';
import { useWatchState } from '@/lib/watch/use-watch-list';

// Loaded once there is something to watch: until then this check is all a page carries.
const WatchRunner = dynamic(() => import('./watch-runner').then((m) => m.WatchRunner), { ssr: false });

/** In every tab of the signed-in app, so a watched job is followed from whichever page is open. */
export function JobWatcher({ region }: { region: string }) {
  const { watching, ended } = useWatchState(region);
  if (watching.length === 0 && ended.length === 0) return null;
  return <WatchRunner region={region} />;
}
