import Link from 'next/link';
import { outputFileOrigin } from '@/lib/rescale/output-file-origin';
import type { RescaleFile } from '@/lib/rescale/types';
import { DEFAULT_JOB_VIEW, jobViewHref } from '@/lib/url-state/job-view-query';

/**
 * Where an output file came from: its path inside the run, and a link to that run on
 * its job's page. A file whose record names no job (an upload) shows nothing here.
 */
export function OutputFileOrigin({ file }: { file: Pick<RescaleFile, 'name' | 'path' | 'relativePath'> }) {
  const origin = outputFileOrigin(file);
  if (!origin) return null;
  const showPath = file.relativePath && file.relativePath !== file.name;
  return (
    <div className="text-xs font-normal text-slate-600 dark:text-slate-400">
      {showPath ? <span className="font-mono">{file.relativePath}</span> : null}
      {showPath ? ' · ' : null}
      <Link
        href={jobViewHref(origin.jobId, { ...DEFAULT_JOB_VIEW, tab: 'runs', run: origin.runId })}
        // A prefetch per row would cost the server a render for each of up to 100 links, and a
        // navigation the user asks for would wait behind them.
        prefetch={false}
        className="text-sky-800 underline dark:text-sky-300"
      >
        Job {origin.jobId}, run {origin.runId}
      </Link>
    </div>
  );
}
