import type { CoreType, Hardware, StatusEntry } from '../rescale/types';
import { lanePhases, timeIn } from './status-timeline';
import { isActiveJobStatus } from '../rescale/status';

/**
 * What a finished job cost, worked out from what the platform tells us: the time the
 * job spent Executing and each analysis's core type price per core-hour. It is an
 * estimate (the platform bills storage, licences and start-up separately), and the
 * page labels it so.
 */

export type AnalysisEstimate = {
  coreType: string;
  cores: number;
  coreHours: number;
  /** Price per core-hour used, or null when the core type is unknown or unpriced. */
  pricePerCoreHour: number | null;
  cost: number | null;
};

export type JobEstimate = {
  executingHours: number;
  coreHours: number;
  /** Null when any analysis could not be priced: a partial sum would mislead. */
  cost: number | null;
  analyses: AnalysisEstimate[];
};

const MS_PER_HOUR = 3_600_000;

/** Hours spent Executing, or null while the job has not finished (or never ran). */
export function executingHours(statuses: readonly StatusEntry[]): number | null {
  const phases = lanePhases(statuses, (status) => !isActiveJobStatus(status), Date.now());
  const latest = phases.at(-1);
  if (!latest || isActiveJobStatus(latest.status)) return null;
  return timeIn(phases, 'Executing') / MS_PER_HOUR;
}

/**
 * Hours spent Executing up to `now`, for a job that is still running: the ongoing phase
 * counts until `now`. Null when the job has not reached Executing yet.
 */
export function executingHoursSoFar(statuses: readonly StatusEntry[], now: number): number | null {
  const phases = lanePhases(statuses, (status) => !isActiveJobStatus(status), now);
  if (!phases.some((phase) => phase.status === 'Executing')) return null;
  return timeIn(phases, 'Executing') / MS_PER_HOUR;
}

export function coresOf(hardware: Pick<Hardware, 'coresPerSlot' | 'slots'>): number {
  return hardware.coresPerSlot * (hardware.slots ?? 1);
}

function priceOf(coreType: CoreType | undefined, lowPriority: boolean): number | null {
  if (!coreType) return null;
  const price = lowPriority ? Number(coreType.lowPriorityPrice) : coreType.price;
  return Number.isFinite(price) && price >= 0 ? price : null;
}

export function estimateJob(
  hardware: readonly Pick<Hardware, 'coreType' | 'coresPerSlot' | 'slots'>[],
  hours: number,
  coreTypes: readonly CoreType[],
  lowPriority = false,
): JobEstimate {
  const analyses = hardware.map((h): AnalysisEstimate => {
    const cores = coresOf(h);
    const coreHours = cores * hours;
    const price = priceOf(
      coreTypes.find((type) => type.code === h.coreType),
      lowPriority,
    );
    return {
      coreType: h.coreType,
      cores,
      coreHours,
      pricePerCoreHour: price,
      cost: price === null ? null : coreHours * price,
    };
  });
  const priced = analyses.every((a) => a.cost !== null);
  return {
    executingHours: hours,
    coreHours: analyses.reduce((sum, a) => sum + a.coreHours, 0),
    cost: priced ? analyses.reduce((sum, a) => sum + (a.cost ?? 0), 0) : null,
    analyses,
  };
}
