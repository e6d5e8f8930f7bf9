import { resource } from '@/lib/api/resource';
import { rescalePaths } from '@/lib/rescale/paths';
import type {
  CoreType,
  DirectoryEntry,
  Job,
  JobSummary,
  Paginated,
  RescaleFile,
  Run,
  StatusEntry,
  TailLines,
} from '@/lib/rescale/types';

/**
 * The exact resources the job page reads, so the server preload and the client hooks
 * ask for the same page sizes and therefore share SWR keys (`resource.key`).
 */

export const RUNS_PAGE_SIZE = 20;
export const FILES_PAGE_SIZE = 25;
/** The chart plots every run; the platform documents no maximum and clients use 1000. */
export const CHART_RUNS_LIMIT = 1000;
const STATUS_PAGE_SIZE = 100;

export const jobResources = {
  job: (jobId: string) => resource<Job>(rescalePaths.job(jobId)),
  /**
   * The job detail lacks its creation date and sharing list; only the jobs list has
   * them, so the header finds the job there by searching for its name.
   */
  summary: (jobName: string) =>
    resource<Paginated<JobSummary>>(rescalePaths.jobs({ search: jobName, page_size: 100 }), 'jobs'),
  statuses: (jobId: string) =>
    resource<Paginated<StatusEntry>>(
      rescalePaths.jobStatuses(jobId, { page_size: STATUS_PAGE_SIZE }),
      'jobStatuses',
    ),
  /** Once the job has ended its cluster is being stopped, which is worth following closely. */
  clusterStatuses: (jobId: string, jobEnded = false) =>
    resource<Paginated<StatusEntry>>(
      rescalePaths.jobClusterStatuses(jobId, { page_size: STATUS_PAGE_SIZE }),
      jobEnded ? 'clusterWindingDown' : 'clusterStatuses',
    ),
  coreTypes: () => resource<Paginated<CoreType>>(rescalePaths.coreTypes({ page_size: 1000 })),
  runsPage: (jobId: string, page: number) =>
    resource<Paginated<Run>>(rescalePaths.runs(jobId, { page, page_size: RUNS_PAGE_SIZE }), 'runs'),
  allRuns: (jobId: string) =>
    resource<Paginated<Run>>(rescalePaths.runs(jobId, { page_size: CHART_RUNS_LIMIT }), 'runs'),
  run: (jobId: string, runId: string) => resource<Run>(rescalePaths.run(jobId, runId)),
  jobFiles: (jobId: string, page: number, search: string) =>
    resource<Paginated<RescaleFile>>(
      rescalePaths.jobFiles(jobId, { page, page_size: FILES_PAGE_SIZE, search }),
    ),
  runFiles: (jobId: string, runId: string, page: number, search: string) =>
    resource<Paginated<RescaleFile>>(
      rescalePaths.runFiles(jobId, runId, { page, page_size: FILES_PAGE_SIZE, search }),
    ),
  /** The files tab's list: the whole job's outputs, or one run's through the platform's per-run list. */
  outputFiles: (jobId: string, runId: string | null, page: number, search: string) =>
    runId === null
      ? jobResources.jobFiles(jobId, page, search)
      : jobResources.runFiles(jobId, runId, page, search),
  file: (fileId: string) => resource<RescaleFile>(rescalePaths.file(fileId)),
  directory: (jobId: string, runId: string) =>
    resource<DirectoryEntry[]>(rescalePaths.runDirectory(jobId, runId), 'directory'),
  tail: (jobId: string, runId: string, path: string, lines: number) =>
    resource<TailLines>(rescalePaths.runTail(jobId, runId, path, { lines }), 'tail'),
} as const;
