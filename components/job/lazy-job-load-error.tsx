'use client';

import { lazyComponent } from '@/components/ui/lazy-component';

/** Shown only when the job could not be read: its code loads then, not with every job page. */
export const JobLoadError = lazyComponent(() =>
  import('./job-load-error').then((module) => module.JobLoadError),
);
