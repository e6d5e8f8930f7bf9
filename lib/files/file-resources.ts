import { resource } from '@/lib/api/resource';
import { rescalePaths } from '@/lib/rescale/paths';
import type { Paginated, RescaleFile } from '@/lib/rescale/types';

/**
 * The user's files as the app reads them, so the files page's preload and its hook
 * share one key, and the type travels with it. `search` is the platform's own filter
 * (the one it documents for output-file lists), so a search covers every file, not a page.
 */
export const fileResources = {
  page: (page: number, pageSize: number, search = '') =>
    resource<Paginated<RescaleFile>>(rescalePaths.files({ page, page_size: pageSize, search })),
};
