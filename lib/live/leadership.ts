/**
 * One leader among the eligible tabs of a browser, through the Web Locks API: the lock
 * is held for as long as the leader stays eligible. The browser releases it when the
 * tab closes or crashes, and the next eligible tab in the queue is granted it at once.
 * A tab that is not eligible neither leads nor waits in the queue. The scheduler says
 * which tabs are eligible: the visible ones, and a hidden one watching a job in the
 * background while no tab is visible.
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
  eligibility: Visibility,
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

  eligibility.onChange(() => (eligibility.visible() ? campaign() : resign()));
  if (eligibility.visible()) campaign();
}
