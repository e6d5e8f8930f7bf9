'use client';

import { useState } from 'react';
import { resource } from '@/lib/api/resource';
import { useLiveResource } from '@/lib/live/use-live-resource';
import type { JobSummary, Paginated } from '@/lib/rescale/types';
import { finishedSince, mergeFinished, runningJobs, runningJobsPath, type RunningJob } from './running-jobs';

const runningJobsResource = resource<Paginated<JobSummary>>(runningJobsPath, 'jobs');

/** Enough to see what just ended without the strip growing into a second table. */
const FINISHED_SHOWN = 5;

type Seen = { data: Paginated<JobSummary> | undefined; running: RunningJob[]; finished: RunningJob[] };

/**
 * The account's unfinished jobs among the newest 1,000, loaded once the page is on
 * screen and polled at the jobs list's pace only while one of them can still change;
 * the jobs that finished while the page was open are kept, to say how they ended.
 */
export function useRunningJobs() {
  const [active, setActive] = useState(false);
  const live = useLiveResource(runningJobsResource, { active });
  const { data, error } = live;

  const [seen, setSeen] = useState<Seen>({ data: undefined, running: [], finished: [] });
  if (data !== seen.data && data !== undefined) {
    const fresh = finishedSince(seen.running, data.results);
    setSeen({
      data,
      running: runningJobs(data.results),
      finished: mergeFinished(seen.finished, fresh, FINISHED_SHOWN),
    });
  }

  const loaded = seen.data !== undefined;
  const liveActive = seen.running.length > 0 || (error !== undefined && !loaded);
  if (active !== liveActive) setActive(liveActive);

  return {
    loaded,
    running: seen.running,
    finished: seen.finished,
    count: seen.data?.count ?? 0,
    error,
    refresh: live.refresh,
  };
}
