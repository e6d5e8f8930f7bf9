'use client';

import dynamic from 'next/dynamic';
import { SkeletonBlock } from './section';

/**
 * The job page's tab panels, each loading its code when its tab is first shown: a first
 * load carries the code of the tab the URL opens, not of all three.
 */

export const JobOverview = dynamic(() => import('./job-overview').then((module) => module.JobOverview), {
  loading: () => <SkeletonBlock label="overview" lines={8} />,
});

export const RunsPanel = dynamic(() => import('./runs-panel').then((module) => module.RunsPanel), {
  loading: () => <SkeletonBlock label="runs" lines={8} />,
});

export const FilesPanel = dynamic(() => import('./files-panel').then((module) => module.FilesPanel), {
  loading: () => <SkeletonBlock label="files" lines={8} />,
});
