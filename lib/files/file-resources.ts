import { resource } from '@/lib/api/resource';
import { rescalePaths } from '@/lib/rescale/paths';
import type { Paginated, RescaleFile } from '@/lib/rescale/types';

/**
 * The user's files as the app reads them, so the files page's preload and its hook
 * share one key, and the type travels with it.
 */
export const fileResources = {
  page: (page: number, pageSize: number) =>
    resource<Paginated<RescaleFile>>(rescalePaths.files({ page, page_size: pageSize })),
};
