'use client';

import { lazyComponent } from '@/components/ui/lazy-component';
import { useEffect, useState } from 'react';
import { LiveStatus } from '@/components/live/live-status';
import { useRunDirectory } from '@/lib/job/use-job-resources';
import { SectionError, SkeletonBlock } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';
import { ViewLink } from './view-link';

const SHOWN_ENTRIES = 200;

/** The tail is shown only once a file is chosen: its code loads then. */
const TailViewer = lazyComponent(
  () => import('./tail-viewer').then((module) => module.TailViewer),
  <SkeletonBlock label="the end of the file" lines={8} />,
);

/** A running run's working directory, and the tail of the file chosen from it. */
export function LiveView({
  jobId,
  runId,
  ended,
  onFailure,
}: {
  jobId: string;
  runId: string;
  ended: boolean;
  onFailure: () => void;
}) {
  const { view } = useJobView();
  const directory = useRunDirectory(jobId, runId, ended);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    if (directory.error) onFailure();
  }, [directory.error, onFailure]);
  const entries = (directory.data ?? []).filter((entry) =>
    entry.path.toLowerCase().includes(filter.toLowerCase()),
  );

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(14rem,1fr)_3fr]">
      <section aria-label="Working directory" className="flex min-w-0 flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h4 className="font-semibold">Working directory</h4>
          {!ended && <LiveStatus {...directory} />}
        </div>
        {directory.error && !ended && (
          <SectionError what="the working directory" error={directory.error} onRetry={directory.refresh} />
        )}
        {directory.isLoading && !directory.data && <SkeletonBlock label="working directory" lines={5} />}
        {directory.data && (
          <>
            <label className="flex flex-col gap-1 text-sm">
              Filter files
              <input
                type="search"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
              />
            </label>
            <ul className="max-h-[28rem] overflow-auto text-sm" data-testid="directory-contents">
              {entries.slice(0, SHOWN_ENTRIES).map((entry) => (
                <li key={entry.path}>
                  <ViewLink
                    change={{ file: entry.path }}
                    aria-current={entry.path === view.file ? 'true' : undefined}
                    className={`block truncate rounded px-1 py-0.5 font-mono hover:bg-slate-100 dark:hover:bg-slate-800 ${
                      entry.path === view.file ? 'bg-sky-100 font-semibold dark:bg-sky-900' : ''
                    }`}
                  >
                    {entry.path}
                  </ViewLink>
                </li>
              ))}
            </ul>
            {entries.length > SHOWN_ENTRIES && (
              <p className="text-xs">
                Showing {SHOWN_ENTRIES} of {entries.length} files; filter to find others.
              </p>
            )}
            {directory.data.length === 0 && <p className="text-sm">The working directory is empty so far.</p>}
          </>
        )}
      </section>
      <div className="min-w-0">
        {view.file ? (
          <TailViewer jobId={jobId} runId={runId} path={view.file} ended={ended} onFailure={onFailure} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Choose a file in the working directory to see its last lines.
          </p>
        )}
      </div>
    </div>
  );
}
