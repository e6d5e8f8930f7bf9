import type { LeadershipEvents, Visibility } from './leadership';
import type { RateBudget } from './live-policy';

/**
 * Everything the tab scheduler needs from the browser, in one place, so that several
 * "tabs" can share one fake browser in unit tests.
 */
export type SchedulerEnv = {
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  every: (run: () => void, ms: number) => void;
  newTabId: () => string;
  /** Same-origin messages to the other tabs; null when the browser has no BroadcastChannel. */
  channel: { post: (message: unknown) => void; listen: (receive: (message: unknown) => void) => void } | null;
  /**
   * Starts campaigning for leadership while the tab is `eligible`; null when the browser
   * cannot elect (each tab then leads itself).
   */
  elect: ((events: LeadershipEvents, eligible: Visibility) => void) | null;
  visible: () => boolean;
  onVisibilityChange: (listener: () => void) => void;
  onPageHide: (listener: () => void) => void;
  /** The only call to Rescale (through the proxy); throws `RescaleError` on failure. */
  request: (key: string) => Promise<{ data: unknown; budget: RateBudget | null }>;
  /** Survives this tab, so a tab opened during a 429 knows about it too. */
  blockStore: { read: () => number; write: (until: number) => void };
};
