/** Runs are derived from a job's execution window, its run count and any stops. */
import type { JobRecord } from './model';

export type RunState = {
  index: number;
  dateStarted: number | null;
  dateCompleted: number | null;
  /** When the run stops (or stopped), whether or not that is in the past. */
  endAt: number | null;
};

/** Runs appear once the job has reached `Executing`, as on the platform. */
export function runsOf(job: JobRecord, now: number): RunState[] {
  const window = job.plannedExecution;
  if (!job.timeline || !window || window.start > now) return [];
  if (job.stopAt !== null && job.stopAt <= window.start) return [];
  const runs: RunState[] = [];
  const slice = (window.end - window.start) / job.runCount;
  for (let index = 0; index < job.runCount; index++)
    runs.push(runState(job, index, now, window.start + index * slice, slice));
  return runs;
}

function runState(job: JobRecord, index: number, now: number, plannedStart: number, slice: number): RunState {
  const last = index === job.runCount - 1;
  const plannedEnd = last ? job.plannedExecution!.end : plannedStart + Math.floor(slice * 0.97);
  const stop = job.runStops.get(index) ?? job.stopAt;
  if (stop !== null && stop <= plannedStart)
    return { index, dateStarted: null, dateCompleted: null, endAt: null };
  const endAt = stop !== null && stop < plannedEnd ? stop : plannedEnd;
  return {
    index,
    dateStarted: plannedStart <= now ? Math.floor(plannedStart) : null,
    dateCompleted: endAt <= now ? Math.floor(endAt) : null,
    endAt: Math.floor(endAt),
  };
}

export function runOf(job: JobRecord, runId: string, now: number): RunState | undefined {
  if (!/^[1-9]\d*$/.test(runId)) return undefined;
  return runsOf(job, now)[Number(runId) - 1];
}

export function isRunInProgress(run: RunState): boolean {
  return run.dateStarted !== null && run.dateCompleted === null;
}

/** Seconds of solver progress a run's `log` holds at `now`, one line per simulated second. */
export function runElapsedSeconds(run: RunState, now: number): number {
  if (run.dateStarted === null) return 0;
  const until = Math.min(now, run.endAt ?? now);
  return Math.max(0, Math.floor((until - run.dateStarted) / 1000));
}
