'use client';

import { useEffect, useState } from 'react';
import { apiJson } from '@/lib/api/api-client';
import { describeFailure } from '@/lib/rescale/failure';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { Job, JobSummary, Paginated } from '@/lib/rescale/types';
import { looksLikeJobId } from './job-id';

const DEBOUNCE_MS = 250;
const NAME_MATCHES = 5;

export type FoundJob = { id: string; name: string };
export type JobFinder = {
  nameMatches: FoundJob[];
  idMatch: FoundJob | null;
  searching: boolean;
  /** Words for a search that failed; the places and recent jobs still work. */
  failure: string | null;
};

const IDLE: JobFinder = { nameMatches: [], idMatch: null, searching: false, failure: null };

async function findById(id: string, signal: AbortSignal): Promise<FoundJob | null> {
  try {
    const job = await apiJson<Job>(proxyUrl(rescalePaths.job(id)), { signal });
    return { id: job.id, name: job.name };
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
}

/**
 * Jobs for what is typed in the palette: the platform's name search (`jobs/?search=`),
 * and, when the text is shaped like a job id, one `jobs/{id}/` call. Asked once the
 * typing pauses; an answer to older text is dropped.
 */
export function useJobFinder(query: string): JobFinder {
  const wanted = query.trim();
  const [found, setFound] = useState<JobFinder & { for: string }>({ ...IDLE, for: '' });

  useEffect(() => {
    if (wanted === '') return;
    const controller = new AbortController();
    const { signal } = controller;
    const timer = setTimeout(() => {
      const byName = apiJson<Paginated<JobSummary>>(
        proxyUrl(rescalePaths.jobs({ search: wanted, page_size: NAME_MATCHES })),
        { signal },
      );
      const byId = looksLikeJobId(wanted) ? findById(wanted, signal) : Promise.resolve(null);
      Promise.allSettled([byName, byId]).then(([names, id]) => {
        if (signal.aborted) return;
        setFound({
          for: wanted,
          searching: false,
          nameMatches:
            names.status === 'fulfilled' ? names.value.results.map(({ id, name }) => ({ id, name })) : [],
          idMatch: id.status === 'fulfilled' ? id.value : null,
          failure:
            names.status === 'rejected' ? describeFailure(names.reason, { action: 'search jobs' }) : null,
        });
      });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [wanted]);

  if (wanted === '') return IDLE;
  if (found.for !== wanted) return { ...IDLE, searching: true };
  return found;
}
