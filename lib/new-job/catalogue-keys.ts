import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';

/**
 * The catalogue comes as one page of up to 1000 entries, the largest page clients
 * use; the platform offers far fewer analyses and core types than that.
 */
export const CATALOGUE_PAGE_SIZE = 1000;

export const catalogueResources = {
  analyses: rescalePaths.analyses({ page_size: CATALOGUE_PAGE_SIZE }),
  coreTypes: rescalePaths.coreTypes({ page_size: CATALOGUE_PAGE_SIZE }),
} as const;

export const catalogueKeys = {
  analyses: proxyUrl(catalogueResources.analyses),
  coreTypes: proxyUrl(catalogueResources.coreTypes),
} as const;
