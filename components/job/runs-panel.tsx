'use client';

import type { Job } from '@/lib/rescale/types';
import { RunPanel } from './run-panel';
import { RunsChart } from './runs-chart';
import { RunsTable } from './runs-table';
import { Section } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';

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
