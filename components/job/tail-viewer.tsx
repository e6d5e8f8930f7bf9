'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { LiveStatus } from '@/components/live/live-status';
import { Button } from '@/components/ui/button';
import { countMatches, highlightPieces } from '@/lib/ui/highlight';
import { useRunTail } from '@/lib/job/use-job-resources';
import { TAIL_LINE_CHOICES } from '@/lib/url-state/job-view-query';
import { isBinaryFileType } from '@/lib/job/tail-file-type';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { SectionError, SkeletonBlock } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';

/** Within this many pixels of the end counts as "at the bottom". */
const BOTTOM_SLACK = 24;

function Line({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightPieces(text, query).map((piece, index) =>
        piece.match ? (
          <mark key={index} className="rounded-sm bg-amber-300 text-slate-900 dark:bg-amber-500">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
      {'\n'}
    </>
  );
}

/**
 * The last lines of a file in a running run. Following polls (through the live hook)
 * and keeps the view at the bottom, unless the reader has scrolled up: then new lines
 * arrive without moving them until they scroll back down.
 */
type TailViewerProps = {
  jobId: string;
  runId: string;
  path: string;
  ended: boolean;
  /** A failing tail often means the run just ended (the platform stops serving it). */
  onFailure: () => void;
};

export function TailViewer({ jobId, runId, path, ended, onFailure }: TailViewerProps) {
  const { view, setView } = useJobView();
  const tail = useRunTail(jobId, runId, path, view.lines, view.follow && !ended);
  const [query, setQuery] = useState('');
  const [wrap, setWrap] = useState(false);
  const [pinned, setPinned] = useState(true);
  const following = `${path}\n${view.follow}`;
  const [pinnedFor, setPinnedFor] = useState(following);
  if (pinnedFor !== following) {
    setPinnedFor(following);
    setPinned(true);
  }
  const scroller = useRef<HTMLPreElement>(null);
  const viewer = useRef<HTMLElement>(null);
  /** The file the view was last opened on: a newly opened tail starts at its newest line, in sight. */
  const openedOn = useRef<string | null>(null);
  const ids = { lines: useId(), search: useId(), follow: useId(), wrap: useId() };
  const lines = tail.data?.lines ?? [];
  const binary = isBinaryFileType(tail.data?.fileType);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !tail.data) return;
    if (openedOn.current !== path) {
      openedOn.current = path;
      element.scrollTop = element.scrollHeight;
      viewer.current?.scrollIntoView({ block: 'nearest' });
    } else if (view.follow && pinned) {
      element.scrollTop = element.scrollHeight;
    }
  }, [tail.data, view.follow, pinned, wrap, path]);

  useEffect(() => {
    if (tail.error) onFailure();
  }, [tail.error, onFailure]);

  function onScroll() {
    const element = scroller.current;
    if (!element) return;
    setPinned(element.scrollHeight - element.scrollTop - element.clientHeight <= BOTTOM_SLACK);
  }

  function jumpToEnd() {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
    setPinned(true);
  }

  const matches = countMatches(lines, query);
  const control =
    'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

  return (
    <section
      ref={viewer}
      aria-label={`Tail of ${path}`}
      className="flex scroll-mt-4 flex-col gap-2"
      data-testid="tail-viewer"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="font-mono text-sm font-semibold break-all">{path}</h4>
        <LiveStatus {...tail} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span className="flex items-center gap-1">
          <label htmlFor={ids.lines}>Lines</label>
          <select
            id={ids.lines}
            value={view.lines}
            onChange={(event) => setView({ lines: Number(event.target.value) }, { replace: true })}
            className={control}
          >
            {TAIL_LINE_CHOICES.map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </span>
        <span className="flex items-center gap-1">
          <input
            id={ids.follow}
            type="checkbox"
            checked={view.follow}
            disabled={ended}
            onChange={(event) => setView({ follow: event.target.checked }, { replace: true })}
          />
          <label htmlFor={ids.follow}>Follow</label>
        </span>
        <span className="flex items-center gap-1">
          <input
            id={ids.wrap}
            type="checkbox"
            checked={wrap}
            onChange={(event) => setWrap(event.target.checked)}
          />
          <label htmlFor={ids.wrap}>Wrap lines</label>
        </span>
        <span className="flex items-center gap-1">
          <label htmlFor={ids.search}>Find</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className={`${control} w-40`}
          />
          {query && (
            <span role="status" className="text-slate-600 dark:text-slate-300">
              {matches} match{matches === 1 ? '' : 'es'}
            </span>
          )}
        </span>
      </div>
      {tail.error && !ended && (
        <SectionError what={`the end of ${path}`} error={tail.error} onRetry={tail.refresh} />
      )}
      {tail.isLoading && !tail.data && <SkeletonBlock label={`the end of ${path}`} lines={8} />}
      {tail.data && binary && (
        <div className="flex flex-col items-start gap-2 rounded border border-slate-300 p-3 text-sm dark:border-slate-600">
          <p>
            <span className="font-mono break-all">{path}</span> is a binary file: it has no lines to show.
          </p>
          <a
            href={proxyUrl(rescalePaths.runTail(jobId, runId, path))}
            download={path.split('/').at(-1)}
            className="text-sky-700 underline dark:text-sky-400"
          >
            Download {path.split('/').at(-1)}
          </a>
        </div>
      )}
      {tail.data && !binary && (
        <div className="relative">
          <pre
            ref={scroller}
            onScroll={onScroll}
            tabIndex={0}
            role="region"
            aria-label={`Last ${view.lines} lines of ${path}`}
            data-testid="tail-lines"
            className={`h-[28rem] overflow-auto rounded bg-slate-950 p-2 font-mono text-xs leading-5 text-slate-100 ${
              wrap ? 'break-all whitespace-pre-wrap' : 'whitespace-pre'
            }`}
          >
            {lines.map((line, index) => (
              <Line key={index} text={line} query={query} />
            ))}
          </pre>
          {view.follow && !pinned && !ended && (
            <div
              role="status"
              className="absolute right-3 bottom-3 flex items-center gap-2 rounded bg-amber-100 px-2 py-1 text-sm text-amber-900 shadow dark:bg-amber-900 dark:text-amber-100"
            >
              Auto-scroll paused while you read.
              <Button size="sm" onClick={jumpToEnd}>
                Jump to latest
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
