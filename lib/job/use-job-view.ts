'use client';

import { useCallback, useMemo } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { jobViewSearch, parseJobViewQuery, withView, type JobViewQuery } from '@/lib/job/job-view-query';

/**
 * The view in the URL, and a way to change it. Changes use the History API, which the
 * App Router follows (`useSearchParams` updates) without a server round trip: choosing
 * a run or a line count must not re-run the page's upstream preloads.
 */
export function useJobView(): {
  view: JobViewQuery;
  hrefFor: (change: Partial<JobViewQuery>) => string;
  setView: (change: Partial<JobViewQuery>, options?: { replace?: boolean }) => void;
} {
  const pathname = usePathname();
  const params = useSearchParams();
  const view = useMemo(() => parseJobViewQuery(new URLSearchParams(params.toString())), [params]);

  const hrefFor = useCallback(
    (change: Partial<JobViewQuery>) => pathname + jobViewSearch(withView(view, change)),
    [pathname, view],
  );

  const setView = useCallback(
    (change: Partial<JobViewQuery>, options: { replace?: boolean } = {}) => {
      const href = hrefFor(change);
      if (options.replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    },
    [hrefFor],
  );

  return { view, hrefFor, setView };
}

/** Plain left clicks on a view link change the URL in place; others (new tab) follow the href. */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
