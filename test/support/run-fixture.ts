import type { Run } from '../../lib/rescale/types';

/**
 * A run of a DOE job, started and not yet completed, for unit tests: `values` are its
 * variables by name, `display` the words shown for any that are not their number.
 */
export function runFixture(
  displayOrder: number,
  values: Record<string, number | null>,
  display: Record<string, string> = {},
): Run {
  return {
    id: `r${displayOrder}`,
    displayOrder,
    dateStarted: '2026-01-01T00:00:00Z',
    dateCompleted: null,
    isOptimal: false,
    outputFileCount: 0,
    outputFileSize: 0,
    parent: null,
    type: 3,
    variables: Object.entries(values).map(([name, value]) => ({
      name,
      value,
      displayValue: display[name] ?? String(value),
      isRelative: false,
    })),
  };
}
