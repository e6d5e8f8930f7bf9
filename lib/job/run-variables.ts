import type { JobVariable, Run } from '../rescale/types';

/**
 * The variables of a DOE job as table columns and chart axes: in the job's display
 * order first (inputs before outputs), then any the runs carry that the job did not
 * declare, so nothing the platform returns is hidden.
 */
export function variableColumns(jobVariables: readonly JobVariable[], runs: readonly Run[]): string[] {
  const declared = [...jobVariables]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((variable) => variable.name);
  const seen = new Set(declared);
  const extra: string[] = [];
  for (const run of runs) {
    for (const variable of run.variables) {
      if (!seen.has(variable.name)) {
        seen.add(variable.name);
        extra.push(variable.name);
      }
    }
  }
  return [...declared, ...extra];
}

export function variableValue(run: Run, name: string): number | null {
  const value = run.variables.find((variable) => variable.name === name)?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Variables worth plotting: at least two runs give them a number. */
export function numericVariables(names: readonly string[], runs: readonly Run[]): string[] {
  return names.filter((name) => runs.filter((run) => variableValue(run, name) !== null).length >= 2);
}

export type ScatterPoint = { runId: string; displayOrder: number; x: number; y: number };

export function scatterPoints(runs: readonly Run[], x: string, y: string): ScatterPoint[] {
  const points: ScatterPoint[] = [];
  for (const run of runs) {
    const xv = variableValue(run, x);
    const yv = variableValue(run, y);
    if (xv !== null && yv !== null)
      points.push({ runId: run.id, displayOrder: run.displayOrder, x: xv, y: yv });
  }
  return points;
}

/**
 * Default axes: the first input against the first output (`Cd` against `x_velocity`),
 * else the first two numeric variables.
 */
export function defaultAxes(
  jobVariables: readonly JobVariable[],
  numeric: readonly string[],
): { x: string; y: string } | null {
  if (numeric.length < 2) return null;
  const typeOf = (name: string) => jobVariables.find((variable) => variable.name === name)?.variableType;
  const input = numeric.find((name) => typeOf(name) !== 'Output' && typeOf(name) !== 'Objective');
  const output = numeric.find((name) => typeOf(name) === 'Output' || typeOf(name) === 'Objective');
  const x = input ?? numeric[0]!;
  const y = output && output !== x ? output : numeric.find((name) => name !== x)!;
  return { x, y };
}

/** A run is in progress when it has started and not completed (reference README). */
export function isRunInProgress(run: Pick<Run, 'dateStarted' | 'dateCompleted'>): boolean {
  return run.dateStarted !== null && run.dateCompleted === null;
}
