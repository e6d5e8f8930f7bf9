'use client';

import { Button } from '@/components/ui/button';
import { variableColumns } from '@/lib/job/run-variables';
import { runsCsv } from '@/lib/job/runs-csv';
import type { Job, Run } from '@/lib/rescale/types';

/** Saves the runs already loaded for the chart, with their variables, as a CSV file. */
export function ExportRunsButton({ job, runs }: { job: Job; runs: readonly Run[] }) {
  function save() {
    const csv = runsCsv(runs, variableColumns(job.jobvariables, runs));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${job.id}-runs.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <Button size="sm" onClick={save} disabled={runs.length === 0}>
      Export CSV
    </Button>
  );
}
