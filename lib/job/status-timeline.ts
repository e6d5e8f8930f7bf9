import type { StatusEntry } from '../rescale/types';

/**
 * Status lists (newest first, as the platform returns them) turned into phases on a
 * shared clock: each status lasts until the next one begins. The last phase of a lane
 * is still going unless its status is an end state, which is a point, not a span.
 */

export type Phase = {
  status: string;
  reason: string | null;
  start: number;
  end: number;
  ongoing: boolean;
};

export type Lane = { label: string; phases: Phase[] };

export type Timeline = { start: number; end: number; lanes: Lane[] };

export function lanePhases(
  entries: readonly StatusEntry[],
  isEndState: (status: string) => boolean,
  now: number,
): Phase[] {
  const ordered = entries
    .map((entry) => ({ ...entry, time: Date.parse(entry.statusDate) }))
    .filter((entry) => Number.isFinite(entry.time))
    .sort((a, b) => a.time - b.time);
  return ordered.map((entry, index) => {
    const next = ordered[index + 1];
    const final = next === undefined;
    const ended = final && isEndState(entry.status);
    return {
      status: entry.status,
      reason: entry.statusReason,
      start: entry.time,
      end: next ? next.time : ended ? entry.time : Math.max(now, entry.time),
      ongoing: final && !ended,
    };
  });
}

export function buildTimeline(lanes: Lane[]): Timeline | null {
  const phases = lanes.flatMap((lane) => lane.phases);
  if (phases.length === 0) return null;
  return {
    start: Math.min(...phases.map((phase) => phase.start)),
    end: Math.max(...phases.map((phase) => phase.end)),
    lanes,
  };
}

/** Total time spent in one status, over however many times the lane entered it. */
export function timeIn(phases: readonly Phase[], status: string): number {
  return phases
    .filter((phase) => phase.status === status)
    .reduce((total, phase) => total + (phase.end - phase.start), 0);
}
