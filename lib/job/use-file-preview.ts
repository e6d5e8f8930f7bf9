'use client';

import useSWR from 'swr';
import { apiJson } from '@/lib/api/api-client';
import type { RescaleError } from '@/lib/rescale/errors';
import type { FileLines, RescaleFile } from '@/lib/rescale/types';
import { jobResources } from './job-resources';

const PREVIEW_LINES = 500;
/** `/lines/` sends the whole file; past this size a preview is not worth the wait. */
const PREVIEW_MAX_BYTES = 32 * 1024 * 1024;

export type Preview = { lines: string[]; total: number };

/**
 * The platform has no way to ask for part of a file's lines, so the answer is reshaped
 * at once into the first lines and the count: the browser's cache never holds the whole file.
 */
export function reshapePreview(body: FileLines): Preview {
  return { lines: body.lines.slice(0, PREVIEW_LINES), total: body.lines.length };
}

async function fetchPreview(url: string): Promise<Preview> {
  return reshapePreview(await apiJson<FileLines>(url));
}

export function canPreview(file: Pick<RescaleFile, 'viewInBrowser' | 'decryptedSize'>): boolean {
  return file.viewInBrowser && file.decryptedSize <= PREVIEW_MAX_BYTES;
}

/** The first lines of a file that can be shown in the browser; nothing is asked for otherwise. */
export function useFilePreview(file: RescaleFile) {
  return useSWR<Preview, RescaleError>(
    canPreview(file) ? jobResources.fileLines(file.id).key : null,
    fetchPreview,
    { revalidateIfStale: false, revalidateOnFocus: false, shouldRetryOnError: false },
  );
}
