'use client';

import type { ReactNode } from 'react';
import type { JobTab } from '@/lib/url-state/job-view-query';
import { useJobView } from '@/lib/url-state/use-job-view';
import { ViewLink } from './view-link';

const LABELS: Record<JobTab, string> = { overview: 'Overview', runs: 'Runs', files: 'Output files' };

/**
 * Switches between the page's views. Each panel is given ready-made by the server page,
 * which preloads only the one the URL opened; the others fetch when first shown.
 */
export function JobTabs({ panels }: { panels: Record<JobTab, ReactNode> }) {
  const { view } = useJobView();
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Job sections" className="border-b border-slate-200 dark:border-slate-700">
        <ul className="-mb-px flex gap-1">
          {(Object.keys(LABELS) as JobTab[]).map((tab) => {
            const current = view.tab === tab;
            return (
              <li key={tab}>
                <ViewLink
                  change={{ tab }}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                    current
                      ? 'border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300'
                      : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
                  }`}
                >
                  {LABELS[tab]}
                </ViewLink>
              </li>
            );
          })}
        </ul>
      </nav>
      {panels[view.tab]}
    </div>
  );
}
