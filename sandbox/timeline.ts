/**
 * A job's life cycle as two ascending lists of status events (job and cluster),
 * written when the job is submitted or stopped. The status "now" is simply the last
 * event not in the future, so moving the simulated clock moves every job.
 */

export type StatusEvent = { status: string; at: number; reason: string | null };
export type Timeline = { job: StatusEvent[]; cluster: StatusEvent[] };

export const SUCCESS = 'Completed successfully';
export const USER_TERMINATED = 'User Terminated';

/** Phase lengths in simulated seconds; the defaults are the demo's ~90 s life cycle. */
export type Phases = {
  pending: number;
  queued: number;
  waitingForQueue: number;
  started: number;
  validated: number;
  executing: number;
};

export const DEFAULT_PHASES: Phases = {
  pending: 5,
  queued: 10,
  waitingForQueue: 0,
  started: 5,
  validated: 10,
  executing: 60,
};

/** How a job ends: `Completed` with a reason, or another terminal status. */
export type Ending = { status: string; reason: string };

export const COMPLETED_OK: Ending = { status: 'Completed', reason: SUCCESS };

const CLUSTER_STARTING_LEAD = 5_000;
const STOPPING_DELAY = 1_000;
const CLUSTER_STOP_DURATION = 5_000;
const JOB_STOP_DURATION = 5_000;

export function lifeCycle(submitAt: number, phases: Phases, ending: Ending): Timeline {
  const s = 1000;
  const job: StatusEvent[] = [];
  let t = submitAt;
  const push = (status: string, duration: number) => {
    job.push({ status, at: t, reason: null });
    t += duration * s;
  };
  push('Pending', phases.pending);
  const queuedAt = t;
  push('Queued', phases.queued);
  if (phases.waitingForQueue > 0) push('Waiting for Queue', phases.waitingForQueue);
  const startedAt = t;
  push('Started', phases.started);
  push('Validated', phases.validated);
  push('Executing', phases.executing);
  const endAt = t;
  job.push({ status: ending.status, at: endAt, reason: ending.reason });
  const cluster: StatusEvent[] = [
    { status: 'Not Started', at: queuedAt, reason: null },
    { status: 'Starting', at: Math.max(queuedAt, startedAt - CLUSTER_STARTING_LEAD), reason: null },
    { status: 'Started', at: startedAt, reason: null },
    { status: 'Stop Requested', at: endAt, reason: null },
    { status: 'Stopping', at: endAt + STOPPING_DELAY, reason: null },
    { status: 'Stopped', at: endAt + CLUSTER_STOP_DURATION, reason: null },
  ];
  return { job, cluster };
}

/** A stop at `at`: the job goes Stopping, then Completed ("User Terminated"). */
export function stoppedAt(timeline: Timeline, at: number): Timeline {
  const job = timeline.job.filter((event) => event.at <= at);
  job.push({ status: 'Stopping', at, reason: null });
  job.push({ status: 'Completed', at: at + JOB_STOP_DURATION, reason: USER_TERMINATED });
  const cluster = timeline.cluster.filter((event) => event.at <= at);
  if (cluster.length > 0) {
    cluster.push({ status: 'Stop Requested', at, reason: null });
    cluster.push({ status: 'Stopping', at: at + STOPPING_DELAY, reason: null });
    cluster.push({ status: 'Stopped', at: at + CLUSTER_STOP_DURATION, reason: null });
  }
  return { job, cluster };
}

export function currentEvent(events: readonly StatusEvent[], now: number): StatusEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.at <= now) return event;
  }
  return null;
}

export function pastEvents(events: readonly StatusEvent[], now: number): StatusEvent[] {
  return events.filter((event) => event.at <= now);
}

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped', 'Force Stopped', 'Terminated']);

export function isTerminalStatus(status: string): boolean {
  return TERMINAL.has(status);
}

/** The next instant after `now` at which the job's or its cluster's status changes (Infinity if never). */
export function nextChangeAt(timeline: Timeline | null, now: number): number {
  let next = Number.POSITIVE_INFINITY;
  if (!timeline) return next;
  for (const event of timeline.job) if (event.at > now && event.at < next) next = event.at;
  for (const event of timeline.cluster) if (event.at > now && event.at < next) next = event.at;
  return next;
}

/** When the job reaches its final status (the last job event), if it ever does. */
export function endTime(timeline: Timeline): number | null {
  const last = timeline.job[timeline.job.length - 1];
  return last && isTerminalStatus(last.status) ? last.at : null;
}

/** The window in which runs execute: from `Executing` to the next job event. */
export function executionWindow(timeline: Timeline): { start: number; end: number } | null {
  const index = timeline.job.findIndex((event) => event.status === 'Executing');
  if (index < 0) return null;
  const next = timeline.job[index + 1];
  return { start: timeline.job[index]!.at, end: next ? next.at : Number.POSITIVE_INFINITY };
}
