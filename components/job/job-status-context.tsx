'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import type { LiveResource } from '@/lib/live/use-live-resource';
import { useJobStatuses } from '@/lib/job/use-job-resources';
import { latestStatusEntry } from '@/lib/rescale/latest-status';
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

/** Polls the job's statuses once for the whole page; sections read them from here. */
export function JobStatusProvider({ jobId, children }: { jobId: string; children: ReactNode }) {
  // Whether to poll depends on the data the poll returns: the state follows the data,
  // corrected during render so no frame polls (or fails to) on a stale decision.
  const [polling, setPolling] = useState(false);
  const statuses = useJobStatuses(jobId, polling);
  const latest = latestStatusEntry(statuses.data);
  const active = isActiveJobStatus(latest?.status);
  if (active !== polling) setPolling(active);
  return <JobStatusContext value={{ statuses, latest, active }}>{children}</JobStatusContext>;
}

export function useJobStatus(): JobStatusState {
  const state = useContext(JobStatusContext);
  if (!state) throw new Error('useJobStatus must be used inside JobStatusProvider');
  return state;
}
