'use client';

import { outputFileOrigin } from '@/lib/rescale/output-file-origin';
import type { RescaleFile } from '@/lib/rescale/types';
import { ViewLink } from './view-link';

/** The run that wrote a file, read from its record, as a link to that run; nothing when the record does not say. */
export function OutputFileRun({ file }: { file: Pick<RescaleFile, 'path'> }) {
  const origin = outputFileOrigin(file);
  if (!origin) return null;
  return (
    <ViewLink
      change={{ tab: 'runs', run: origin.runId }}
      className="whitespace-nowrap text-sky-700 underline dark:text-sky-400"
    >
      Run {origin.runId}
    </ViewLink>
  );
}
