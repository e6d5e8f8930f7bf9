'use client';

import { Button } from '@/components/ui/button';
import { useHydrated } from '@/lib/ui/use-hydrated';
import { variableColumns } from '@/lib/job/run-variables';
import { runsCsv } from '@/lib/job/runs-csv';
import type { Job, Run } from '@/lib/rescale/types';

/**
 * Saves the runs already loaded for the chart, with their variables, as a CSV file. Shown,
 * disabled, while they load (`runs` undefined): appearing later, it would make its row
 * taller and move the runs table below it. Disabled too until the page's script runs,
 * which does the saving (`useHydrated`).
 */
export function ExportRunsButton({ job, runs }: { job: Job; runs: readonly Run[] | undefined }) {
  const hydrated = useHydrated();
  function save() {
    if (!runs) return;
    const csv = runsCsv(runs, variableColumns(job.jobvariables, runs));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${job.id}-runs.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <Button size="sm" onClick={save} disabled={!hydrated || !runs || runs.length === 0}>
      Export CSV
    </Button>
  );
}
