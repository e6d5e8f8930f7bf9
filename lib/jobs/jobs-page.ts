import 'server-only';

/**
 * What the jobs page needs beyond loading its one `jobs/` call: the shape its table's
 * logic relies on, and the way back from a page past the end.
 */
import { z } from 'zod';
import type { RescaleSession } from '@/lib/auth/session';
import type { RescaleError } from '@/lib/rescale/errors';
import { loadForPage, type Loaded } from '@/lib/rescale/page-data';
import { rescalePaths } from '@/lib/rescale/paths';
import type { JobSummary, Paginated } from '@/lib/rescale/types';
import type { JobsQuery } from '@/lib/url-state/jobs-query';
import { pageCount } from '@/lib/url-state/search-params';

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

export function isJobsPage(body: unknown): body is Paginated<JobSummary> {
  return jobsPageSchema.safeParse(body).success;
}

function isJobCount(body: unknown): body is { count: number } {
  return countOnlySchema.safeParse(body).success;
}

/** The platform answers a page past the end with 404 "Invalid page.". */
export function isPastTheEnd(error: RescaleError, query: JobsQuery): boolean {
  return error.status === 404 && query.page > 1;
}

/** Only on the rare past-the-end link: one small call to learn how many pages there are. */
export async function loadLastPage(
  session: RescaleSession,
  query: JobsQuery,
  returnTo: string,
): Promise<Loaded<number>> {
  const counted = await loadForPage(
    session,
    rescalePaths.jobs({ page: 1, page_size: 1, search: query.search || undefined, ordering: query.ordering }),
    returnTo,
    isJobCount,
  );
  return counted.ok ? { ok: true, data: pageCount(counted.data.count, query.pageSize) } : counted;
}
