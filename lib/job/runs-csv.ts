import type { Run } from '@/lib/rescale/types';

/**
 * The runs as CSV (RFC 4180): one row per run, its number and times, then one column per
 * variable with the platform's value. A text cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`) is prefixed with `'`.
 */
export function runsCsv(runs: readonly Run[], variables: readonly string[]): string {
  const header = ['Run', 'Started', 'Completed', ...variables];
  const rows = runs.map((run) => [
    String(run.displayOrder),
    run.dateStarted ?? '',
    run.dateCompleted ?? '',
    ...variables.map((name) => {
      const variable = run.variables.find((candidate) => candidate.name === name);
      if (!variable) return '';
      return variable.value === null ? variable.displayValue : String(variable.value);
    }),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(text: string): string {
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
