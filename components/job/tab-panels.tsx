'use client';

import { lazyComponent } from '@/components/ui/lazy-component';
import { SkeletonBlock } from './section';

/**
 * The job page's tab panels, each loading its code when its tab is first shown: a first
 * load carries the code of the tab the URL opens, not of all three.
 */

export const JobOverview = lazyComponent(
  () => import('./job-overview').then((module) => module.JobOverview),
  <SkeletonBlock label="overview" lines={8} />,
);

export const RunsPanel = lazyComponent(
  () => import('./runs-panel').then((module) => module.RunsPanel),
  <SkeletonBlock label="runs" lines={8} />,
);

export const FilesPanel = lazyComponent(
  () => import('./files-panel').then((module) => module.FilesPanel),
  <SkeletonBlock label="files" lines={8} />,
);
