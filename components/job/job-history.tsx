'use client';

import { useId, useState } from 'react';
import { useNow } from '@/lib/ui/use-now';
import { LiveStatus } from '@/components/live/live-status';
import { formatDateTime, formatDuration } from '@/lib/ui/format';
import { useClusterStatuses } from '@/lib/job/use-job-resources';
import { CLUSTER_STATUSES, isActiveJobStatus } from '@/lib/rescale/status';
import { buildTimeline, lanePhases, type Phase } from '@/lib/job/status-timeline';
import { isClusterLive } from '@/lib/job/cluster-live';
import { latestStatusEntry } from '@/lib/rescale/latest-status';
import { useJobStatus } from './job-status-context';
import { Section, SectionError, SkeletonBlock } from './section';
import { StatusTimelineSvg } from './status-timeline-svg';

const clusterEnd = (status: string) => status === CLUSTER_STATUSES[CLUSTER_STATUSES.length - 1];
const jobEnd = (status: string) => !isActiveJobStatus(status);

function PhaseRows({ lane, phases }: { lane: string; phases: Phase[] }) {
  return phases.map((phase, index) => (
    <tr key={`${lane}-${index}`} className="border-t border-slate-200 dark:border-slate-800">
      <td className="py-1 pr-3">{lane}</td>
      <td className="py-1 pr-3">{phase.status}</td>
      <td className="py-1 pr-3 whitespace-nowrap" suppressHydrationWarning>
        {formatDateTime(phase.start)}
      </td>
      <td className="py-1 pr-3 whitespace-nowrap" suppressHydrationWarning>
        {phase.end > phase.start ? formatDuration(phase.end - phase.start) : '—'}
        {phase.ongoing ? ' so far' : ''}
      </td>
      <td className="py-1">{phase.reason ?? ''}</td>
    </tr>
  ));
}

export function JobHistory({ jobId }: { jobId: string }) {
  const { statuses, active } = useJobStatus();
  // Corrected during render, like the job's own polling decision (job-status-context.tsx).
  const [sawJobActive, setSawJobActive] = useState(active);
  if (active && !sawJobActive) setSawJobActive(true);
  const [clusterPolling, setClusterPolling] = useState(active);
  const cluster = useClusterStatuses(jobId, clusterPolling, !active);
  const clusterLive = isClusterLive({
    jobActive: active,
    sawJobActive,
    clusterStatus: latestStatusEntry(cluster.data)?.status ?? null,
  });
  if (clusterLive !== clusterPolling) setClusterPolling(clusterLive);
  const tableId = useId();
  // The server and the hydrating browser must draw the same picture, so an ongoing phase
  // ends at the latest known status until the browser's clock takes over.
  const clientNow = useNow();
  const entries = [...(statuses.data?.results ?? []), ...(cluster.data?.results ?? [])];
  const latestKnown = Math.max(
    0,
    ...entries.map((entry) => Date.parse(entry.statusDate)).filter(Number.isFinite),
  );
  const now = clientNow ?? latestKnown;

  const jobPhases = lanePhases(statuses.data?.results ?? [], jobEnd, now);
  const clusterPhases = lanePhases(cluster.data?.results ?? [], clusterEnd, now);
  const timeline = buildTimeline([
    { label: 'Job', phases: jobPhases },
    { label: 'Cluster', phases: clusterPhases },
  ]);

  return (
    <Section title="History" actions={<LiveStatus {...cluster} />}>
      {statuses.error && (
        <SectionError what="the job’s statuses" error={statuses.error} onRetry={statuses.refresh} />
      )}
      {cluster.error && (
        <SectionError what="the cluster’s statuses" error={cluster.error} onRetry={cluster.refresh} />
      )}
      {(statuses.isLoading || cluster.isLoading) && !timeline && <SkeletonBlock label="history" lines={2} />}
      {timeline ? (
        <>
          <StatusTimelineSvg timeline={timeline} describedBy={tableId} />
          <p className="text-sm" data-testid="history-summary">
            {jobPhases.map((phase, index) => (
              <span key={index}>
                {index > 0 && ' → '}
                {phase.status}
                {phase.end > phase.start &&
                  ` ${formatDuration(phase.end - phase.start)}${phase.ongoing ? ' so far' : ''}`}
                {phase.reason && ` (${phase.reason})`}
              </span>
            ))}
          </p>
          <details className="text-sm">
            <summary className="cursor-pointer text-sky-700 dark:text-sky-400">
              Status history as text
            </summary>
            {/* Wider than a phone: keyboard users scroll it too, so it takes focus. */}
            <div
              className="overflow-x-auto"
              tabIndex={0}
              role="region"
              aria-label="Status history as text, scrollable"
            >
              <table id={tableId} className="mt-2 w-full text-left">
                <caption className="sr-only">Job and cluster statuses, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-3">
                      Lane
                    </th>
                    <th scope="col" className="pr-3">
                      Status
                    </th>
                    <th scope="col" className="pr-3">
                      Since
                    </th>
                    <th scope="col" className="pr-3">
                      Lasted
                    </th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  <PhaseRows lane="Job" phases={jobPhases} />
                  <PhaseRows lane="Cluster" phases={clusterPhases} />
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : (
        !statuses.isLoading &&
        !statuses.error && (
          <p className="text-sm text-slate-600 dark:text-slate-300">Not submitted yet: no history to show.</p>
        )
      )}
    </Section>
  );
}
