'use client';

import useSWR from 'swr';
import { apiJson } from '@/lib/api/api-client';
import { formatBytes } from '@/lib/ui/format';
import { jobResources } from '@/lib/job/job-resources';
import type { RescaleError } from '@/lib/rescale/errors';
import type { FileLines, RescaleFile } from '@/lib/rescale/types';
import { SectionError, SkeletonBlock } from './section';
import { ViewLink } from './view-link';

const PREVIEW_LINES = 500;
/** `/lines/` sends the whole file; past this size a preview is not worth the wait. */
const PREVIEW_MAX_BYTES = 32 * 1024 * 1024;

type Preview = { lines: string[]; total: number };

/**
 * The platform has no way to ask for part of a file's lines, so the fetcher keeps only
 * the first lines and the count: the browser's cache never holds the whole file.
 */
async function fetchPreview(url: string): Promise<Preview> {
  const body = await apiJson<FileLines>(url);
  return { lines: body.lines.slice(0, PREVIEW_LINES), total: body.lines.length };
}

export function canPreview(file: Pick<RescaleFile, 'viewInBrowser' | 'decryptedSize'>): boolean {
  return file.viewInBrowser && file.decryptedSize <= PREVIEW_MAX_BYTES;
}

export function FilePreview({ file }: { file: RescaleFile }) {
  const preview = useSWR<Preview, RescaleError>(
    canPreview(file) ? jobResources.fileLines(file.id).key : null,
    fetchPreview,
    { revalidateIfStale: false, revalidateOnFocus: false, shouldRetryOnError: false },
  );

  return (
    <section
      aria-label={`Preview of ${file.name}`}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold break-all">{file.relativePath || file.name}</h3>
        <ViewLink change={{ preview: null }} className="text-sm text-sky-700 underline dark:text-sky-400">
          Close preview
        </ViewLink>
      </div>
      {!canPreview(file) && (
        <p className="text-sm">
          {file.viewInBrowser
            ? `This file is ${formatBytes(file.decryptedSize)}, too large to preview here. Download it instead.`
            : 'Rescale does not offer this file as text. Download it instead.'}
        </p>
      )}
      {preview.error && (
        <SectionError what="the preview" error={preview.error} onRetry={() => void preview.mutate()} />
      )}
      {preview.isLoading && <SkeletonBlock label="preview" lines={6} />}
      {preview.data && (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="preview-note">
            {preview.data.total > preview.data.lines.length
              ? `Showing the first ${preview.data.lines.length.toLocaleString('en')} of ${preview.data.total.toLocaleString('en')} lines. Download the file for the rest.`
              : `All ${preview.data.total.toLocaleString('en')} lines.`}
          </p>
          <pre
            tabIndex={0}
            role="region"
            aria-label={`First lines of ${file.name}`}
            data-testid="preview-lines"
            className="max-h-[32rem] overflow-auto rounded bg-slate-100 p-2 font-mono text-xs leading-5 dark:bg-slate-900"
          >
            {preview.data.lines.map((line) => line.replace(/\r?\n$/, '')).join('\n')}
          </pre>
        </>
      )}
    </section>
  );
}
