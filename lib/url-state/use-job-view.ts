'use client';

import { useCallback, useMemo } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { jobViewSearch, parseJobViewQuery, withView, type JobViewQuery } from './job-view-query';
import { navigateInPlace } from './navigate';

/** The job page's view in the URL, and a way to change it in place. */
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
      navigateInPlace(hrefFor(change), options);
    },
    [hrefFor],
  );

  return { view, hrefFor, setView };
}
