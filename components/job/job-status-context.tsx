'use client';

import { createContext, useContext, type ReactNode } from 'react';
import useSWR from 'swr';
import { useLiveResource, type LiveResource } from '@/components/live/use-live-resource';
import { jobResources, key } from '@/lib/job-resources';
import { isActiveJobStatus } from '@/lib/rescale/status';
import type { Paginated, StatusEntry } from '@/lib/rescale/types';

export type JobStatusState = {
  statuses: LiveResource<Paginated<StatusEntry>>;
  /** The newest status entry; null for a saved job that was never submitted. */
  latest: StatusEntry | null;
  /** Whether the job can still change, which is what keeps every live section polling. */
  active: boolean;
};

const JobStatusContext = createContext<JobStatusState | null>(null);

export function latestStatus(entries: readonly StatusEntry[] | undefined): StatusEntry | null {
  if (!entries || entries.length === 0) return null;
  return entries.reduce((newest, entry) =>
    Date.parse(entry.statusDate) > Date.parse(newest.statusDate) ? entry : newest,
  );
}

/** Polls the job's statuses once for the whole page; sections read them from here. */
export function JobStatusProvider({ jobId, children }: { jobId: string; children: ReactNode }) {
  const statusesKey = key(jobResources.statuses(jobId));
  // Read the cache without fetching, to decide whether the live hook should poll.
  const { data: known } = useSWR<Paginated<StatusEntry>>(statusesKey, null);
  const statuses = useLiveResource<Paginated<StatusEntry>>(statusesKey, {
    active: isActiveJobStatus(latestStatus(known?.results)?.status),
  });
  const latest = latestStatus(statuses.data?.results);
  return (
    <JobStatusContext value={{ statuses, latest, active: isActiveJobStatus(latest?.status) }}>
      {children}
    </JobStatusContext>
  );
}

export function useJobStatus(): JobStatusState {
  const state = useContext(JobStatusContext);
  if (!state) throw new Error('useJobStatus must be used inside JobStatusProvider');
  return state;
}
