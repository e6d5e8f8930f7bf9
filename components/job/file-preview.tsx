'use client';

import { formatBytes } from '@/lib/ui/format';
import { canPreview, useFilePreview } from '@/lib/job/use-file-preview';
import type { RescaleFile } from '@/lib/rescale/types';
import { SectionError, SkeletonBlock } from './section';
import { ViewLink } from './view-link';

export function FilePreview({ file }: { file: RescaleFile }) {
  const preview = useFilePreview(file);

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
