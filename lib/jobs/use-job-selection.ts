'use client';

import { useCallback, useMemo, useState } from 'react';
import type { JobSummary } from '@/lib/rescale/types';
import { pageSelection, toggledId, toggledPage, type PageSelection } from './job-selection';

export type JobSelection = {
  /** The selected jobs still on screen, in the table's order. */
  jobs: readonly JobSummary[];
  page: PageSelection;
  isSelected: (jobId: string) => boolean;
  toggle: (jobId: string) => void;
  togglePage: () => void;
  clear: () => void;
};

const NONE: ReadonlySet<string> = new Set();

/**
 * Rows ticked on the jobs table. A selection belongs to the view it was made in (page,
 * size, search, order): another view starts with none, so an action never reaches a job
 * the viewer can no longer see. Jobs that leave the page (deleted, or moved by a refresh)
 * leave the selection with it.
 */
export function useJobSelection(viewKey: string, rows: readonly JobSummary[]): JobSelection {
  const [state, setState] = useState<{ view: string; ids: ReadonlySet<string> }>({
    view: viewKey,
    ids: NONE,
  });
  // Left for another view, even briefly: coming back (the browser's back button) starts afresh too.
  if (state.view !== viewKey) setState({ view: viewKey, ids: NONE });
  const ids = state.view === viewKey ? state.ids : NONE;
  const pageIds = useMemo(() => rows.map((job) => job.id), [rows]);

  const toggle = useCallback(
    (jobId: string) =>
      setState((current) => ({
        view: viewKey,
        ids: toggledId(current.view === viewKey ? current.ids : NONE, jobId),
      })),
    [viewKey],
  );
  const togglePage = useCallback(
    () =>
      setState((current) => ({
        view: viewKey,
        ids: toggledPage(pageIds, current.view === viewKey ? current.ids : NONE),
      })),
    [viewKey, pageIds],
  );
  const clear = useCallback(() => setState({ view: viewKey, ids: NONE }), [viewKey]);
  const isSelected = useCallback((jobId: string) => ids.has(jobId), [ids]);

  const jobs = useMemo(() => rows.filter((job) => ids.has(job.id)), [rows, ids]);
  return { jobs, page: pageSelection(pageIds, ids), isSelected, toggle, togglePage, clear };
}
