'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { JobSummary } from '@/lib/rescale/types';
import { isTerminalJobStatus } from '@/lib/rescale/status';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { liveScheduler } from '@/lib/live/tab-scheduler';
import { JobOutcomes, type Outcome } from './job-outcomes';

const stores = new Map<string, JobOutcomes>();

function outcomesFor(scope: string): JobOutcomes {
  let store = stores.get(scope);
  if (!store) {
    store = new JobOutcomes({
      request: (jobId) => liveScheduler().lookup(proxyUrl(rescalePaths.jobStatuses(jobId, { page_size: 1 }))),
      storage: storageOrNull(),
      scope,
      now: () => Date.now(),
      later: (run, ms) => void setTimeout(run, ms),
    });
    stores.set(scope, store);
  }
  return store;
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const NOT_IN_BROWSER = -1;
const noSubscription = () => () => undefined;

/**
 * The outcome of each finished job among `jobs`, looked up as they appear. The server
 * render and hydration know none (the browser's memory of them is not on the server),
 * so the first paint matches and outcomes fill in right after.
 */
export function useJobOutcomes(jobs: readonly JobSummary[], scope: string): (jobId: string) => Outcome {
  const inBrowser = typeof window !== 'undefined';
  const store = inBrowser ? outcomesFor(scope) : null;
  const version = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getVersion ?? (() => NOT_IN_BROWSER),
    () => NOT_IN_BROWSER,
  );
  const finished = JSON.stringify(
    jobs.filter((job) => isTerminalJobStatus(job.jobStatus.content)).map((job) => job.id),
  );
  useEffect(() => {
    if (store === null) return;
    store.want(JSON.parse(finished) as string[]);
    return () => store.want([]);
  }, [store, finished]);
  return (jobId) => (store === null || version === NOT_IN_BROWSER ? undefined : store.get(jobId));
}
