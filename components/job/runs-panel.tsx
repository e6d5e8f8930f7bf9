'use client';

import { lazyComponent } from '@/components/ui/lazy-component';
import type { Job } from '@/lib/rescale/types';
import { RunPanel } from './run-panel';
import { RunsTable } from './runs-table';
import { RunsChartSkeleton } from './runs-chart-skeleton';
import { Section } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';

/** Only DOE jobs draw the chart, and only on this tab: its code loads when it is shown. */
const RunsChart = lazyComponent(
  () => import('./runs-chart').then((module) => module.RunsChart),
  <RunsChartSkeleton />,
);

export function RunsPanel({ job }: { job: Job }) {
  const { view } = useJobView();
  return (
    <div className="flex flex-col gap-6">
      {job.jobvariables.length > 0 && (
        <Section title="Variables across runs">
          <RunsChart job={job} />
        </Section>
      )}
      <Section title="Runs">
        <RunsTable job={job} />
      </Section>
      {view.run && <RunPanel key={view.run} jobId={job.id} runId={view.run} />}
    </div>
  );
}
