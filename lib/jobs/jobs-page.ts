import 'server-only';

/**
 * The server side of the jobs table: one `jobs/` call for the view in the URL, and
 * what the page should do with the answer. Redirects are left to the page (outside
 * any try/catch), so this only says which one.
 */
import { z } from 'zod';
import { rescaleJson, type RescaleCredentials } from '../rescale/client';
import { RescaleError } from '../rescale/errors';
import { describeFailure } from '../rescale/failure';
import { rescalePaths } from '../rescale/paths';
import type { JobSummary, Paginated } from '../rescale/types';
import { jobsResource, type JobsQuery } from '@/lib/url-state/jobs-query';
import { pageCount } from '@/lib/url-state/search-params';

export type JobsPageOutcome =
  | { kind: 'ok'; data: Paginated<JobSummary> }
  /** The page is past the end (the platform's 404 "Invalid page."): go to the last one. */
  | { kind: 'past-end'; lastPage: number }
  | { kind: 'key-rejected' }
  | { kind: 'throttled'; retryAfterSeconds: number | null }
  | { kind: 'failed'; status: number; detail: string };

const statusDisplay = z.object({ content: z.string() }).loose();

/** Only what the table's logic relies on is checked; display fields pass as they come. */
const jobsPageSchema = z
  .object({
    count: z.number().int().nonnegative(),
    results: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          owner: z.string(),
          jobStatus: statusDisplay,
          clusterStatusDisplay: statusDisplay,
          dateInserted: z.string(),
          analysisNames: z.array(z.string()),
          sharedWith: z.array(z.string()),
          storage: z.number(),
        })
        .loose(),
    ),
  })
  .loose();

const countOnlySchema = z.object({ count: z.number().int().nonnegative() }).loose();

function outcomeOfError(error: unknown): JobsPageOutcome {
  if (!(error instanceof RescaleError)) throw error;
  if (error.status === 401) return { kind: 'key-rejected' };
  if (error.status === 429) {
    return { kind: 'throttled', retryAfterSeconds: error.retryAfterSeconds };
  }
  return { kind: 'failed', status: error.status, detail: describeFailure(error) };
}

function unexpectedShape(): JobsPageOutcome {
  return {
    kind: 'failed',
    status: 502,
    detail: 'Rescale sent a jobs list in a shape this dashboard does not understand. Try again in a moment.',
  };
}

export async function loadJobsPage(
  credentials: RescaleCredentials,
  query: JobsQuery,
): Promise<JobsPageOutcome> {
  let body: unknown;
  try {
    body = await rescaleJson<unknown>(credentials, jobsResource(query));
  } catch (error) {
    if (error instanceof RescaleError && error.status === 404 && query.page > 1) {
      return findLastPage(credentials, query);
    }
    return outcomeOfError(error);
  }
  const parsed = jobsPageSchema.safeParse(body);
  if (!parsed.success) return unexpectedShape();
  return { kind: 'ok', data: body as Paginated<JobSummary> };
}

/** Only on the rare past-the-end link: one small call to learn how many jobs there are. */
async function findLastPage(credentials: RescaleCredentials, query: JobsQuery): Promise<JobsPageOutcome> {
  let body: unknown;
  try {
    body = await rescaleJson<unknown>(
      credentials,
      rescalePaths.jobs({
        page: 1,
        page_size: 1,
        search: query.search || undefined,
        ordering: query.ordering,
      }),
    );
  } catch (error) {
    return outcomeOfError(error);
  }
  const parsed = countOnlySchema.safeParse(body);
  if (!parsed.success) return unexpectedShape();
  return { kind: 'past-end', lastPage: pageCount(parsed.data.count, query.pageSize) };
}
