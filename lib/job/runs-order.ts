import type { RunsSort } from '@/lib/url-state/job-view-query';
import type { Run } from '@/lib/rescale/types';
import { variableValue } from './run-variables';

/**
 * The platform pages runs in their own order and sorts them by nothing else, so the
 * table orders the runs it already holds for the chart. Runs without a number for the
 * variable come last either way; ties keep the platform's order.
 */
export function sortRuns(runs: readonly Run[], sort: RunsSort): Run[] {
  const keyed = runs.map((run, index) => ({ run, index, value: variableValue(run, sort.variable) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const order = sort.descending ? b.value - a.value : a.value - b.value;
    return order || a.index - b.index;
  });
  return keyed.map(({ run }) => run);
}

/** The next order when a column's header is chosen: lowest first, then highest first. */
export function nextRunsSort(current: RunsSort | null, variable: string): RunsSort {
  if (current?.variable === variable && !current.descending) return { variable, descending: true };
  return { variable, descending: false };
}
