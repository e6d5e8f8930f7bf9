/**
 * One leader among the visible tabs of a browser, through the Web Locks API: the lock
 * is held for as long as the leader stays visible. The browser releases it when the
 * tab closes or crashes, and the next visible tab in the queue is granted it at once.
 * A hidden tab neither leads nor waits in the queue.
 */

export type LeadershipEvents = { onLead: () => void; onFollow: () => void };

/** The part of `navigator.locks` used here, so tests can stand in for it. */
export type LockRequester = {
  request: (name: string, options: { signal: AbortSignal }, grant: () => Promise<void>) => Promise<unknown>;
};

export type Visibility = { visible: () => boolean; onChange: (listener: () => void) => void };

export function startLeadership(
  lockName: string,
  locks: LockRequester,
  visibility: Visibility,
  { onLead, onFollow }: LeadershipEvents,
): void {
  let waiting: AbortController | null = null;
  let release: (() => void) | null = null;

  function campaign() {
    if (waiting !== null || release !== null) return;
    const controller = new AbortController();
    waiting = controller;
    locks
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
    if (release === null) return;
    const letGo = release;
    release = null;
    letGo();
    onFollow();
  }

  visibility.onChange(() => (visibility.visible() ? campaign() : resign()));
  if (visibility.visible()) campaign();
}
