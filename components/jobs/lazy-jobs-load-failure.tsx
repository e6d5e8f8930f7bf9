'use client';

import { lazyComponent } from '@/components/ui/lazy-component';

/** Shown only when the jobs could not be read: its code loads then, not with every jobs page. */
export const JobsLoadFailure = lazyComponent(() =>
  import('./jobs-load-failure').then((module) => module.JobsLoadFailure),
);
