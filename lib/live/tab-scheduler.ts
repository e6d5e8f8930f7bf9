import { deferredScheduler, type TabScheduler } from './deferred-scheduler';

const scheduler = deferredScheduler(() =>
  import('./tab-scheduler-instance').then(({ createTabScheduler }) => createTabScheduler()),
);

/** This tab's scheduler, loaded on first use in the browser (see deferred-scheduler.ts). */
export function liveScheduler(): TabScheduler {
  return scheduler;
}
