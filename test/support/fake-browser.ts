import { RescaleError } from '@/lib/rescale/errors';
import { startLeadership, type LockRequester } from '../../lib/live/leadership';
import type { RateBudget } from '../../lib/live/live-policy';
import type { SchedulerEnv } from '../../lib/live/scheduler-env';

/**
 * A browser in miniature for the scheduler's unit tests: one clock, one BroadcastChannel,
 * one lock manager and one upstream shared by several tabs, each with its own visibility.
 */

type Timer = { id: number; at: number; run: () => void; every: number | null; tab: FakeTab };

type LockRequest = { tab: FakeTab; grant: () => Promise<void>; resolve: (value: unknown) => void };

type Answer = { data: unknown; budget: RateBudget | null } | RescaleError;

export type Upstream = (key: string, now: number) => Answer | Promise<Answer>;

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakeBrowser {
  now = 1_000_000;
  readonly calls: Array<{ key: string; at: number; tab: string }> = [];
  upstream: Upstream = (key) => ({ data: { key }, budget: null });
  private nextTimerId = 1;
  private timers: Timer[] = [];
  readonly tabs: FakeTab[] = [];
  private holder: LockRequest | null = null;
  private releaseHolder: (() => void) | null = null;
  private queue: LockRequest[] = [];
  /** localStorage, as far as the scheduler uses it. */
  storedBlock = 0;

  openTab(name: string): FakeTab {
    const tab = new FakeTab(this, name);
    this.tabs.push(tab);
    return tab;
  }

  /** Runs every timer due within `ms`, in order, letting messages and responses land in between. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    await this.flush();
    for (;;) {
      const next = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.now = next.at;
      if (next.every === null) this.timers = this.timers.filter((t) => t !== next);
      else next.at += next.every;
      next.run();
      await this.flush();
    }
    this.now = until;
    await this.flush();
  }

  async flush(): Promise<void> {
    for (let i = 0; i < 10; i += 1) await settle();
  }

  /** Resolves once the fake clock has moved `ms` on: an upstream that takes its time. */
  after(ms: number): Promise<void> {
    return new Promise((resolve) => this.addTimer(this.tabs[0]!, resolve, ms, null));
  }

  callsSince(at: number): number {
    return this.calls.filter((call) => call.at >= at).length;
  }

  /** Calls in the half-open window [from, from + ms). */
  callsWithin(from: number, ms: number): number {
    return this.calls.filter((call) => call.at >= from && call.at < from + ms).length;
  }

  addTimer(tab: FakeTab, run: () => void, ms: number, every: number | null): number {
    const id = this.nextTimerId++;
    this.timers.push({ id, at: this.now + Math.max(0, ms), run, every, tab });
    return id;
  }

  clearTimer(id: unknown) {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  broadcast(from: FakeTab, message: unknown) {
    if (!from.open) return;
    const copy = structuredClone(message);
    for (const tab of this.tabs) {
      if (tab !== from && tab.open) setImmediate(() => tab.open && tab.deliver(copy));
    }
  }

  locksFor(tab: FakeTab): LockRequester {
    return {
      request: (_name, { signal }, grant) =>
        new Promise((resolve, reject) => {
          const request: LockRequest = { tab, grant, resolve };
          signal.addEventListener('abort', () => {
            this.queue = this.queue.filter((r) => r !== request);
            reject(new DOMException('aborted', 'AbortError'));
          });
          this.queue.push(request);
          this.grantNext();
        }),
    };
  }

  private grantNext() {
    if (this.holder !== null) return;
    const request = this.queue.shift();
    if (!request) return;
    this.holder = request;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.holder = null;
      this.releaseHolder = null;
      request.resolve(undefined);
      this.grantNext();
    };
    this.releaseHolder = release;
    void request.grant().then(release);
  }

  /** What the browser does for a tab that closes: its lock goes to the next in line. */
  dropLocksOf(tab: FakeTab) {
    this.queue = this.queue.filter((r) => r.tab !== tab);
    if (this.holder?.tab === tab) this.releaseHolder?.();
  }

  dropTimersOf(tab: FakeTab) {
    this.timers = this.timers.filter((t) => t.tab !== tab);
  }
}

export class FakeTab {
  open = true;
  private visible = true;
  private readonly listeners = {
    message: [] as Array<(m: unknown) => void>,
    visibility: [] as Array<() => void>,
    hide: [] as Array<() => void>,
  };

  constructor(
    private readonly browser: FakeBrowser,
    readonly name: string,
  ) {}

  env(options: { canElect?: boolean } = {}): SchedulerEnv {
    const browser = this.browser;
    return {
      now: () => browser.now,
      setTimer: (run, ms) => browser.addTimer(this, run, ms, null),
      clearTimer: (handle) => browser.clearTimer(handle),
      every: (run, ms) => void browser.addTimer(this, run, ms, ms),
      newTabId: () => this.name,
      channel: {
        post: (message) => browser.broadcast(this, message),
        listen: (receive) => this.listeners.message.push(receive),
      },
      elect:
        options.canElect === false
          ? null
          : (events, eligible) => startLeadership('lock', browser.locksFor(this), eligible, events),
      visible: () => this.visible,
      onVisibilityChange: (listener) => this.listeners.visibility.push(listener),
      onPageHide: (listener) => this.listeners.hide.push(listener),
      request: async (key) => {
        browser.calls.push({ key, at: browser.now, tab: this.name });
        const answer = await browser.upstream(key, browser.now);
        if (answer instanceof RescaleError) throw answer;
        return answer;
      },
      blockStore: { read: () => browser.storedBlock, write: (until) => void (browser.storedBlock = until) },
    };
  }

  deliver(message: unknown) {
    for (const receive of this.listeners.message) receive(message);
  }

  setVisible(visible: boolean) {
    this.visible = visible;
    for (const listener of this.listeners.visibility) listener();
  }

  close() {
    for (const listener of this.listeners.hide) listener();
    this.open = false;
    this.browser.dropTimersOf(this);
    this.browser.dropLocksOf(this);
  }
}
