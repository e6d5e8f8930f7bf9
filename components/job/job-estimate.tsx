import { estimateJob, executingHours } from '@/lib/job/estimate';
import { formatDuration } from '@/lib/ui/format';
import type { CoreType, Job, StatusEntry } from '@/lib/rescale/types';

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});
const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Core-hours and cost of a finished job, clearly marked as an estimate. */
export function JobEstimate({
  job,
  statuses,
  coreTypes,
}: {
  job: Job;
  statuses: StatusEntry[];
  coreTypes: CoreType[];
}) {
  const executing = executingHours(statuses);
  if (executing === null) return null;
  const estimate = estimateJob(
    job.jobanalyses.map((analysis) => analysis.hardware),
    executing,
    coreTypes,
    job.isLowPriority,
  );
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="job-estimate">
      <h3 className="font-semibold">Estimated usage</h3>
      <p className="mt-1 text-sm">
        Executed for {formatDuration(executing * 3_600_000)}: about{' '}
        <strong>{hours.format(estimate.coreHours)} core-hours</strong>
        {estimate.cost !== null && (
          <>
            , roughly <strong>{money.format(estimate.cost)}</strong>
          </>
        )}
        .
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
