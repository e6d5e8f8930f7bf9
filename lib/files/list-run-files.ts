import { apiJson } from '@/lib/api/api-client';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Paginated, RescaleFile } from '@/lib/rescale/types';

/** The platform's largest page: a run of thousands of files is still a handful of calls. */
const PAGE_SIZE = 1000;

/** Every output file of one run, page after page until the platform says there is no next one. */
export async function listRunFiles(
  jobId: string,
  runId: string,
  signal: AbortSignal,
): Promise<RescaleFile[]> {
  const files: RescaleFile[] = [];
  for (let page = 1; ; page++) {
    const url = proxyUrl(rescalePaths.runFiles(jobId, runId, { page, page_size: PAGE_SIZE }));
    const body = await apiJson<Paginated<RescaleFile>>(url, { signal });
    files.push(...body.results);
    if (!body.next || body.results.length === 0 || files.length >= body.count) return files;
  }
}
