'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { askForNotifications } from '@/lib/watch/job-notification';
import { shouldTellRefusal } from '@/lib/watch/refusal-notice';
import { loadWatchList, useLaterWatchState } from '@/lib/watch/use-later-watch-state';
import type { WatchedJob } from '@/lib/watch/watch-list';

type WatchToggleProps = {
  /** The job's region: watches are kept per platform. */
  region: string;
  job: WatchedJob;
  /** In a table row, where the name says which job it is for. */
  labelWithName?: boolean;
};

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Watch a job still under way: a notification and the tab title say when it ends, from any tab. */
export function WatchToggle({ region, job, labelWithName = false }: WatchToggleProps) {
  const { watching } = useLaterWatchState(region);
  const watched = watching.some((watchedJob) => watchedJob.id === job.id);
  const [refused, setRefused] = useState(false);

  async function toggle() {
    const list = await loadWatchList(region);
    if (list.isWatched(job.id)) {
      list.unwatch(job.id);
      return;
    }
    list.watch(job);
    const access = await askForNotifications();
    if (access !== 'granted' && access !== 'default' && shouldTellRefusal(storageOrNull())) setRefused(true);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant={watched ? 'primary' : 'secondary'}
        aria-pressed={watched}
        aria-label={labelWithName ? `Watch ${job.name || job.id}` : undefined}
        title={watched ? 'Watching: you will be told when this job ends' : 'Be told when this job ends'}
        onClick={toggle}
      >
        <span aria-hidden="true">{watched ? '●' : '○'}</span>
        Watch
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {refused &&
          'Notifications are blocked in this browser: the tab title and this page will show when it ends.'}
      </span>
    </span>
  );
}
