'use client';

import { estimateJob, executingHours, executingHoursSoFar } from '@/lib/job/estimate';
import { formatDuration } from '@/lib/ui/format';
import { useNow } from '@/lib/ui/use-now';
import type { CoreType, Job, StatusEntry } from '@/lib/rescale/types';

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});
const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Core-hours and cost of a job, clearly marked as an estimate: for a finished job its
 * whole Executing time, for a running one the time so far, with what each further hour
 * adds, from the same sum.
 */
export function JobEstimate({
  job,
  statuses,
  coreTypes,
}: {
  job: Job;
  statuses: StatusEntry[];
  coreTypes: CoreType[];
}) {
  const finished = executingHours(statuses);
  // A running job's figure follows the clock; the server renders none, so both sides agree.
  const now = useNow(15_000, finished === null);
  const executing = finished ?? (now === null ? null : executingHoursSoFar(statuses, now));
  if (executing === null) return null;
  const running = finished === null;
  const hardware = job.jobanalyses.map((analysis) => analysis.hardware);
  const estimate = estimateJob(hardware, executing, coreTypes, job.isLowPriority);
  const hourly = running ? estimateJob(hardware, 1, coreTypes, job.isLowPriority) : null;
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="job-estimate">
      <h3 className="font-semibold">{running ? 'Estimated usage so far' : 'Estimated usage'}</h3>
      <p className="mt-1 text-sm">
        Executed for {formatDuration(executing * 3_600_000)}
        {running ? ' so far' : ''}: about <strong>{hours.format(estimate.coreHours)} core-hours</strong>
        {estimate.cost !== null && (
          <>
            , roughly <strong>{money.format(estimate.cost)}</strong>
          </>
        )}
        .
        {hourly && hourly.cost !== null && (
          <span data-testid="job-cost-rate">
            {' '}
            It grows by about {money.format(hourly.cost)} for every hour it keeps running.
          </span>
        )}
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Estimate only: executing time × cores × the core type’s{' '}
        {job.isLowPriority ? 'low-priority' : 'on-demand'} price per core-hour. Your invoice also counts
        start-up, storage and licences.
        {estimate.cost === null && ' No price is known for one of the core types, so no cost is shown.'}
      </p>
    </div>
  );
}
