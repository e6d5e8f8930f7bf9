/**
 * One leader among the visible tabs of a browser, through the Web Locks API: the lock
 * is held for as long as the leader stays visible. The browser releases it when the
 * tab closes or crashes, and the next visible tab in the queue is granted it at once.
 * A hidden tab neither leads nor waits in the queue.
 */

export type Leadership = { stop: () => void };

export type LeadershipEvents = { onLead: () => void; onFollow: () => void };

export function canElectLeader(): boolean {
  return typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks !== undefined;
}

export function startLeadership(lockName: string, { onLead, onFollow }: LeadershipEvents): Leadership {
  let waiting: AbortController | null = null;
  let release: (() => void) | null = null;

  function campaign() {
    if (waiting !== null || release !== null) return;
    const controller = new AbortController();
    waiting = controller;
    navigator.locks
      .request(lockName, { signal: controller.signal }, () => {
        waiting = null;
        return new Promise<void>((resolve) => {
          release = resolve;
          onLead();
        });
      })
      .catch(() => {
        if (waiting === controller) waiting = null;
      });
  }

  function resign() {
    waiting?.abort();
    waiting = null;
    if (release !== null) {
      const letGo = release;
      release = null;
      letGo();
      onFollow();
    }
  }

  function onVisibilityChange() {
    if (document.visibilityState === 'visible') campaign();
    else resign();
  }

  document.addEventListener('visibilitychange', onVisibilityChange);
  onVisibilityChange();
  return {
    stop() {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      resign();
    },
  };
}
