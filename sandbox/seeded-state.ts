/**
 * Generating the seeded jobs takes a noticeable fraction of a second, and tests reset
 * often: the seeded records are built once per (seed, start) and each store starts
 * from copies of them (mutations replace a job's fields, never edit shared
 * sub-objects in place).
 */
import { seedLibrary } from './library';
import type { FileRecord, JobRecord } from './model';
import { seedBulkJobs, seedJobs } from './seed-jobs';

type SeededState = { jobs: JobRecord[]; library: FileRecord[]; takenIds: Set<string>; bulk?: JobRecord[] };

/** A store's own copy of a seeded job: its mutable parts are fresh, the rest is shared. */
export function copyOf(job: JobRecord): JobRecord {
  return { ...job, sharedWith: [...job.sharedWith], runStops: new Map(), snapshots: [] };
}

const seededCache = new Map<string, SeededState>();

export function seededState(seed: string, now: number): SeededState {
  const cacheKey = `${seed}@${now}`;
  let state = seededCache.get(cacheKey);
  if (!state) {
    const takenIds = new Set<string>(['BIGone', 'BIGtwo']);
    let serial = 0;
    const jobs = seedJobs({ seed, now, nextSerial: () => serial++, takenIds });
    const library = seedLibrary(seed, now, takenIds);
    const airfoil = jobs.find((job) => job.id === 'AIRfoL');
    const input = library.find((file) => file.name === 'airfoil2d_doe.tar.gz');
    if (airfoil && input) airfoil.analyses = [{ ...airfoil.analyses[0]!, inputFileIds: [input.id] }];
    state = { jobs, library, takenIds };
    if (seededCache.size >= 4) seededCache.clear();
    seededCache.set(cacheKey, state);
  }
  return state;
}

export function seededBulk(seed: string, now: number, firstSerial: number): JobRecord[] {
  const state = seededState(seed, now);
  if (!state.bulk) {
    let serial = firstSerial;
    state.bulk = seedBulkJobs({ seed, now, nextSerial: () => serial++, takenIds: new Set(state.takenIds) });
  }
  return state.bulk;
}
