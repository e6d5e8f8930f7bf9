import { apiFetch } from '@/lib/api/api-client';
import { startLeadership } from './leadership';
import { rateBudgetFromHeaders } from './live-policy';
import type { SchedulerEnv } from './scheduler-env';

const CHANNEL_NAME = 'rescale-live';
const LOCK_NAME = 'rescale-live-leader';
const BLOCK_STORAGE_KEY = 'rescale-live-blocked-until';

const visibility = {
  visible: () => document.visibilityState === 'visible',
  onChange: (listener: () => void) => document.addEventListener('visibilitychange', listener),
};

export function browserEnv(): SchedulerEnv {
  const broadcast = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  const locks = typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
  return {
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    every: (run, ms) => void setInterval(run, ms),
    newTabId: () => crypto.randomUUID(),
    channel:
      broadcast === null
        ? null
        : {
            post: (message) => broadcast.postMessage(message),
            listen: (receive) =>
              broadcast.addEventListener('message', (event: MessageEvent) => receive(event.data)),
          },
    elect:
      broadcast === null || locks === null
        ? null
        : (events, eligible) => startLeadership(LOCK_NAME, locks, eligible, events),
    visible: visibility.visible,
    onVisibilityChange: visibility.onChange,
    onPageHide: (listener) => window.addEventListener('pagehide', listener),
    async request(key) {
      const res = await apiFetch(key, { headers: { accept: 'application/json' } });
      const data: unknown = await res.json();
      return { data, budget: rateBudgetFromHeaders(res.headers) };
    },
    blockStore: {
      read() {
        try {
          return Number(localStorage.getItem(BLOCK_STORAGE_KEY)) || 0;
        } catch {
          return 0;
        }
      },
      write(until) {
        try {
          localStorage.setItem(BLOCK_STORAGE_KEY, String(until));
        } catch {
          // Storage may be off (private mode); the broadcast still reaches the open tabs.
        }
      },
    },
  };
}
