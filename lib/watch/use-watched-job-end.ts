'use client';

import { useEffect, useRef } from 'react';
import { jobResources } from '@/lib/job/job-resources';
import { liveScheduler } from '@/lib/live/tab-scheduler';
import { latestStatusEntry } from '@/lib/rescale/latest-status';
import { isTerminalJobStatus } from '@/lib/rescale/status';
import type { EndedJob, WatchList } from './watch-list';

/**
 * Follows a watched job through the tab's live scheduler, under the key the job page
 * polls its statuses with: the leading tab polls it once for every tab (a job page open
 * on the job adds no call), and keeps doing so while every tab is hidden. When the job
 * is seen in a final state, `onNotify` runs in the one tab that claims the ending.
 */
export function useWatchedJobEnd(list: WatchList, jobId: string, onNotify: (job: EndedJob) => void): void {
  const notify = useRef(onNotify);
  useEffect(() => {
    notify.current = onNotify;
  });

  useEffect(() => {
    const { key, kind } = jobResources.statuses(jobId);
    let ending = false;
    const registration = liveScheduler().register(
      { key, kind },
      {
        active: true,
        background: true,
        apply: (data) => {
          const latest = latestStatusEntry(data);
          if (ending || latest === null || !isTerminalJobStatus(latest.status)) return;
          ending = true;
          void list.end(jobId, latest).then((ended) => {
            if (ended !== null) notify.current(ended);
          });
        },
      },
      false,
    );
    return () => registration.unregister();
  }, [list, jobId]);
}
