import { browserEnv } from './browser-env';
import { LiveScheduler } from './live-scheduler';

export function createTabScheduler(): LiveScheduler {
  return new LiveScheduler(browserEnv());
}
