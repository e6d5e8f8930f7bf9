import { proxyUrl, rescalePaths } from '../rescale/paths';

/**
 * The exact resources the job page reads, so the server preload and the client hooks
 * ask for the same page sizes and therefore share SWR keys (`key(resource)`).
 */

export const RUNS_PAGE_SIZE = 20;
export const FILES_PAGE_SIZE = 25;
/** The chart plots every run; the platform documents no maximum and clients use 1000. */
export const CHART_RUNS_LIMIT = 1000;
const STATUS_PAGE_SIZE = 100;

export const jobResources = {
  job: (jobId: string) => rescalePaths.job(jobId),
  /**
   * The job detail lacks its creation date and sharing list; only the jobs list has
   * them, so the header finds the job there by searching for its name.
   */
  summary: (jobName: string) => rescalePaths.jobs({ search: jobName, page_size: 100 }),
  statuses: (jobId: string) => rescalePaths.jobStatuses(jobId, { page_size: STATUS_PAGE_SIZE }),
  clusterStatuses: (jobId: string) => rescalePaths.jobClusterStatuses(jobId, { page_size: STATUS_PAGE_SIZE }),
  coreTypes: () => rescalePaths.coreTypes({ page_size: 1000 }),
  runsPage: (jobId: string, page: number) => rescalePaths.runs(jobId, { page, page_size: RUNS_PAGE_SIZE }),
  allRuns: (jobId: string) => rescalePaths.runs(jobId, { page_size: CHART_RUNS_LIMIT }),
  run: (jobId: string, runId: string) => rescalePaths.run(jobId, runId),
  jobFiles: (jobId: string, page: number, search: string) =>
    rescalePaths.jobFiles(jobId, { page, page_size: FILES_PAGE_SIZE, search }),
  runFiles: (jobId: string, runId: string, page: number, search: string) =>
    rescalePaths.runFiles(jobId, runId, { page, page_size: FILES_PAGE_SIZE, search }),
  directory: (jobId: string, runId: string) => rescalePaths.runDirectory(jobId, runId),
  tail: (jobId: string, runId: string, path: string, lines: number) =>
    rescalePaths.runTail(jobId, runId, path, { lines }),
  fileContents: (fileId: string) => rescalePaths.fileContents(fileId),
} as const;

export const key = proxyUrl;
