'use client';

import useSWR from 'swr';
import { apiFetch } from '@/lib/api/api-client';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { RescaleError } from '@/lib/rescale/errors';
import type { RescaleFile } from '@/lib/rescale/types';
import { excerptLines, excerptRange, type Excerpt, type FileEnd } from './file-excerpt';

export const PREVIEW_LINES = 500;
/** A file larger than this is not offered for preview: download it instead. */
export const PREVIEW_MAX_BYTES = 32 * 1024 * 1024;

/** One end of the file, read with a byte range (the proxy forwards `Range`): never the whole of a large file. */
async function fetchExcerpt([url, end, size]: [string, FileEnd, number]): Promise<Excerpt> {
  const range = excerptRange(end, size);
  const response = await apiFetch(url, range ? { headers: { range } } : {});
  return excerptLines(await response.text(), end, PREVIEW_LINES, response.status === 206);
}

export function canPreview(file: Pick<RescaleFile, 'viewInBrowser' | 'decryptedSize'>): boolean {
  return file.viewInBrowser && file.decryptedSize <= PREVIEW_MAX_BYTES;
}

/** The first or last lines of a file that can be shown in the browser; nothing is asked for otherwise. */
export function useFilePreview(file: RescaleFile, end: FileEnd) {
  return useSWR<Excerpt, RescaleError, [string, FileEnd, number] | null>(
    canPreview(file) ? [proxyUrl(rescalePaths.fileContents(file.id)), end, file.decryptedSize] : null,
    fetchExcerpt,
    { revalidateIfStale: false, revalidateOnFocus: false, shouldRetryOnError: false },
  );
}
