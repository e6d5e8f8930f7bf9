import { resource } from '@/lib/api/resource';
import { rescalePaths } from '@/lib/rescale/paths';
import type { Analysis, CoreType, Paginated } from '@/lib/rescale/types';

/**
 * The catalogue comes as one page of up to 1000 entries, the largest page clients
 * use; the platform offers far fewer analyses and core types than that.
 */
const CATALOGUE_PAGE_SIZE = 1000;

/** What the new-job page preloads and its form reads, under the same keys. */
export const catalogueResources = {
  analyses: resource<Paginated<Analysis>>(rescalePaths.analyses({ page_size: CATALOGUE_PAGE_SIZE })),
  coreTypes: resource<Paginated<CoreType>>(rescalePaths.coreTypes({ page_size: CATALOGUE_PAGE_SIZE })),
} as const;
