'use client';

import { useEffect, useRef, useState } from 'react';
import { RelativeTime } from '@/components/ui/relative-time';
import { useRun } from '@/lib/job/use-job-resources';
import { isRunInProgress } from '@/lib/job/run-variables';
import { useJobStatus } from './job-status-context';
import { LiveView } from './live-view';
import { OutputFiles } from './output-files';
import { RunZipDownload } from './run-zip-download';
import { runState } from './runs-table';
import { Section, SectionError, SkeletonBlock } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';
import { ViewLink } from './view-link';

function baseName(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? path;
}

/** The selected run: its live working directory while it runs, its output files after. */
export function RunPanel({ jobId, runId }: { jobId: string; runId: string }) {
  const { view } = useJobView();
  const { active: jobActive } = useJobStatus();
  const [finished, setFinished] = useState(false);
  const run = useRun(jobId, runId, jobActive && !finished);
  if (Boolean(run.data?.dateCompleted) !== finished) setFinished(Boolean(run.data?.dateCompleted));
  // Remember a run seen running, so its end can be announced where the reader is looking.
  const [watchedLive, setWatchedLive] = useState(false);
  const { refresh } = run;
  // The job finishing usually means this run did too: look again rather than wait a poll.
  const wasActive = useRef(jobActive);
  useEffect(() => {
    if (wasActive.current && !jobActive) refresh();
    wasActive.current = jobActive;
  }, [jobActive, refresh]);
  const data = run.data;
  const live = data ? isRunInProgress(data) : false;
  if (live && !watchedLive) setWatchedLive(true);
  const ended = Boolean(data?.dateCompleted);

  return (
    <Section
      title={data ? `Run ${data.displayOrder}` : `Run ${runId}`}
      actions={
        <ViewLink change={{ run: null }} className="text-sm text-sky-700 underline dark:text-sky-400">
          Close run
        </ViewLink>
      }
    >
      {run.error && <SectionError what={`run ${runId}`} error={run.error} onRetry={run.refresh} />}
      {run.isLoading && !data && <SkeletonBlock label={`run ${runId}`} lines={2} />}
      {data && (
        <>
          <p className="text-sm" data-testid="run-state">
            {runState(data)}
            {data.dateStarted && (
              <>
                {' · started '}
                <RelativeTime iso={data.dateStarted} />
              </>
            )}
            {data.dateCompleted && (
              <>
                {' · ended '}
                <RelativeTime iso={data.dateCompleted} />
              </>
            )}
            {data.variables.length > 0 &&
              ` · ${data.variables.map((variable) => `${variable.name} = ${variable.displayValue}`).join(', ')}`}
          </p>
          {ended && view.file && (
            <p
              role="status"
              className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
            >
              Run ended: its working directory is no longer live, and {view.file} is now an output file.{' '}
              <ViewLink
                change={{ file: null, follow: false, filesSearch: baseName(view.file) }}
                className="font-medium underline"
              >
                See the output file {baseName(view.file)}
              </ViewLink>
            </p>
          )}
          {(live || (watchedLive && view.file)) && (
            <LiveView jobId={jobId} runId={runId} ended={ended} onFailure={refresh} />
          )}
          {ended && (
            <div className="flex flex-col gap-2">
              <h4 className="font-semibold">Output files of this run</h4>
              <RunZipDownload jobId={jobId} runId={runId} label={String(data.displayOrder)} />
              <OutputFiles jobId={jobId} runId={runId} />
            </div>
          )}
          {!data.dateStarted && <p className="text-sm">This run has not started yet.</p>}
        </>
      )}
    </Section>
  );
}
