import { browserEnv } from './browser-env';
import { LiveScheduler } from './live-scheduler';

let scheduler: LiveScheduler | null = null;

/** This tab's scheduler, made on first use in the browser. */
export function liveScheduler(): LiveScheduler {
  scheduler ??= new LiveScheduler(browserEnv());
  return scheduler;
}
