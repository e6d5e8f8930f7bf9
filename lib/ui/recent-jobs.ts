/**
 * The last jobs this browser opened, newest first, per region (job ids are unique within
 * a platform only). Kept in `localStorage` for the command palette; nothing is fetched.
 */
export type RecentJob = { id: string; name: string };

export type RecentJobsStorage = {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
};

export const MAX_RECENT_JOBS = 5;

const STORAGE_PREFIX = 'rescale-recent-jobs:v1:';

function isRecentJob(value: unknown): value is RecentJob {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string';
}

export function readRecentJobs(storage: RecentJobsStorage, region: string): RecentJob[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_PREFIX + region) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecentJob).slice(0, MAX_RECENT_JOBS) : [];
  } catch {
    return [];
  }
}

export function recordRecentJob(storage: RecentJobsStorage, region: string, job: RecentJob): void {
  const others = readRecentJobs(storage, region).filter((recent) => recent.id !== job.id);
  const next = [{ id: job.id, name: job.name }, ...others].slice(0, MAX_RECENT_JOBS);
  try {
    storage.setItem(STORAGE_PREFIX + region, JSON.stringify(next));
  } catch {
    // A full or disabled storage only costs the palette its history.
  }
}
