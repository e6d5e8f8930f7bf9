'use client';

import type { Job } from '@/lib/rescale/types';
import { useJobView } from '@/lib/url-state/use-job-view';
import { OutputFiles } from './output-files';
import { OutputFilesRunFilter } from './output-files-run-filter';
import { Section } from './section';

/**
 * Every output of the job, with the run that wrote each. A DOE job's runs each write
 * their own set, so it can be narrowed to one run (the platform's per-run list); a
 * job without variables has one run, and only a link that names a run narrows it.
 */
export function FilesPanel({ job }: { job: Job }) {
  const { view } = useJobView();
  const byRun = job.jobvariables.length > 0 || view.filesRun !== null;
  return (
    <Section title="Output files" actions={byRun ? <OutputFilesRunFilter jobId={job.id} /> : undefined}>
      <OutputFiles jobId={job.id} runId={view.filesRun} showRun />
    </Section>
  );
}
