'use client';

import { useResource } from '@/lib/api/use-resource';
import { fileResources } from './file-resources';

/**
 * A page of the user's files, searched by the platform, asked for only while `wanted`
 * (a picker once opened). Files come and go while a page is open, so it is asked for
 * again on focus, and the page on screen stays until the next one arrives.
 */
export function useFilesPage(page: number, pageSize: number, search: string, wanted = true) {
  return useResource(wanted ? fileResources.page(page, pageSize, search) : null, {
    changes: true,
    keepPreviousData: true,
  });
}
