'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { FileEnd } from '@/lib/job/file-excerpt';
import { canPreview, useFilePreview } from '@/lib/job/use-file-preview';
import { formatBytes } from '@/lib/ui/format';
import type { RescaleFile } from '@/lib/rescale/types';
import { SectionError, SkeletonBlock } from './section';
import { ViewLink } from './view-link';

/**
 * A text file's first or last lines, opened in place beside its row. Logs and other
 * growing text are read from the end, where the news is; the start is one click away.
 */
export function FilePreview({ file }: { file: RescaleFile }) {
  const [end, setEnd] = useState<FileEnd>('end');
  const preview = useFilePreview(file, end);
  const name = file.relativePath || file.name;
  const shown = preview.data?.lines.length ?? 0;

  return (
    <section
      aria-label={`Preview of ${name}`}
      data-testid="file-preview"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold break-all">{name}</h3>
        <div className="flex flex-wrap items-center gap-3">
          {canPreview(file) && (
            <Button size="sm" onClick={() => setEnd(end === 'end' ? 'start' : 'end')}>
              {end === 'end' ? 'Show the start' : 'Show the end'}
            </Button>
          )}
          <ViewLink change={{ preview: null }} className="text-sm text-sky-700 underline dark:text-sky-400">
            Close preview
          </ViewLink>
        </div>
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
      {preview.data && !preview.isLoading && (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="preview-note">
            {preview.data.partial
              ? `Showing the ${end === 'end' ? 'last' : 'first'} ${shown.toLocaleString('en')} lines of this ${formatBytes(file.decryptedSize)} file. Download it for the rest.`
              : `All ${shown.toLocaleString('en')} lines.`}
          </p>
          <pre
            tabIndex={0}
            role="region"
            aria-label={`${end === 'end' ? 'Last' : 'First'} lines of ${file.name}`}
            data-testid="preview-lines"
            className="max-h-[32rem] overflow-auto rounded bg-slate-100 p-2 font-mono text-xs leading-5 dark:bg-slate-900"
          >
            {preview.data.lines.join('\n')}
          </pre>
        </>
      )}
    </section>
  );
}
