import type { BrowserContext, Page } from '@playwright/test';
import { expect, signInThroughApi, type SandboxControl, type SandboxUser } from './fixtures';

/**
 * Set-up and measuring for the live-updates spec: running jobs to follow, tabs signed
 * in as one user, and the upstream calls each key makes, as the sandbox counts them.
 */

/** Every call the sandbox received with `user`'s key: the fixture's count, under the name this spec uses. */
export function upstreamCalls(sandbox: SandboxControl, user: SandboxUser): Promise<number> {
  return sandbox.upstreamCalls(user);
}

/** Creates and submits a small job as `user`; after the sandbox clock moves 30 s it is executing. */
export function submitJob(sandbox: SandboxControl, user: SandboxUser, name: string): Promise<string> {
  return sandbox.createJob(user, name, { submit: true });
}

/** Moves the sandbox clock into the jobs' Executing phase (60 s long), where the run's log grows. */
export async function startExecuting(sandbox: SandboxControl): Promise<void> {
  await sandbox.advanceClock(35);
}

/**
 * One of Ada's seeded jobs, executing for hours more: a job to follow while the sandbox
 * clock moves for minutes (a submitted job executes for one simulated minute only).
 */
export async function longRunningJob(sandbox: SandboxControl, user: SandboxUser): Promise<string> {
  const name = 'Pump impeller transient';
  const found = await sandbox.api<{
    results: { id: string; name: string; jobStatus: { content: string } }[];
  }>(user, 'GET', `v2/jobs/?page_size=100&search=${encodeURIComponent(name)}`);
  const executing = found.body.results.filter(
    (job) => job.name === name && job.jobStatus.content === 'Executing',
  );
  expect(executing).toHaveLength(1);
  return executing[0]!.id;
}

/** The job page with the run's growing `log` followed: the most expensive live view there is. */
export function followUrl(jobId: string): string {
  return `/jobs/${jobId}?tab=runs&run=1&file=log&follow=1`;
}

/**
 * Opens the followed job and waits for the tail's first lines. Slow on a busy machine: ten
 * tabs loading at once beside another worker's spec have taken over 30 s in CI, and a tab
 * that joins shows the tail only once its leader next polls.
 */
export async function openFollowing(page: Page, jobId: string): Promise<void> {
  await page.goto(followUrl(jobId));
  await expect(page.getByTestId('tail-lines')).not.toBeEmpty({ timeout: 60_000 });
}

/**
 * Makes a context behave like a browser without leader election or tab messaging, so
 * every tab polls for itself: how a dashboard without a shared poller behaves.
 */
export async function withoutTabSharing(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
    Object.defineProperty(window, 'BroadcastChannel', {
      value: undefined,
      configurable: true,
      writable: true,
    });
  });
}

/**
 * `count` tabs in `context` signed in as `user`, each showing the followed job. The first
 * signs in; the others open together, as a tab that joins shows the tail once the leader
 * next polls, and one after the other each would wait for a poll of its own.
 */
export async function openTabs(
  context: BrowserContext,
  user: SandboxUser,
  jobId: string,
  count: number,
): Promise<Page[]> {
  const first = await context.newPage();
  await signInThroughApi(first, user);
  await openFollowing(first, jobId);
  const others = await Promise.all(
    Array.from({ length: count - 1 }, async () => {
      const page = await context.newPage();
      await openFollowing(page, jobId);
      return page;
    }),
  );
  return [first, ...others];
}

/** Records, per page, when each call to the proxy was made, on the clock the browsers see. */
export function recordProxyCalls(pages: Page[], now: () => number = Date.now): Map<Page, number[]> {
  const calls = new Map<Page, number[]>();
  for (const page of pages) {
    const times: number[] = [];
    calls.set(page, times);
    page.on('request', (request) => {
      // A redirect hop, should there be one, is the same call: count it once.
      if (new URL(request.url()).pathname.startsWith('/api/rescale/') && request.redirectedFrom() === null) {
        times.push(now());
      }
    });
  }
  return calls;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The time a test lets pass, as the browsers see it: real, or simulated and advanced by the test. */
export type TestTime = {
  now: () => number;
  pass: (ms: number) => Promise<void>;
  /** Lets time pass until `check` holds, failing with `what` after `timeoutMs`. */
  until: (check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) => Promise<void>;
};

export const realTime: TestTime = {
  now: () => Date.now(),
  pass: sleep,
  async until(check, timeoutMs, what) {
    await expect.poll(check, { timeout: timeoutMs, intervals: [100], message: what }).toBe(true);
  },
};

/** Simulated time moves in steps this long by default: fine enough for intervals of seconds. */
const STEP_MS = 500;
/** How long, in real time, a step may wait for the calls it set off to be answered. */
const SETTLE_TIMEOUT_MS = 5_000;

/**
 * Simulated time: Playwright's clock in every tab of the given contexts (each context's
 * tabs share one clock) and, unless left out, the sandbox's clock, advanced together in
 * steps. After each step the browsers' calls to the proxy are let finish in real time,
 * so a call takes as long in simulated time as it would on a fast network.
 */
export class SimulatedTime implements TestTime {
  private current = 0;
  private inFlight = 0;

  private constructor(
    private readonly contexts: BrowserContext[],
    private readonly sandbox: SandboxControl | null,
    private readonly stepMs: number,
  ) {
    for (const context of contexts) {
      const isProxyCall = (url: string) => new URL(url).pathname.startsWith('/api/rescale/');
      context.on('request', (request) => {
        if (isProxyCall(request.url())) this.inFlight += 1;
      });
      const done = (request: { url: () => string }) => {
        if (isProxyCall(request.url())) this.inFlight -= 1;
      };
      context.on('requestfinished', done);
      context.on('requestfailed', done);
    }
  }

  /** Fakes the clock of every tab the contexts open from now on; call before opening them. */
  static async install(
    contexts: BrowserContext[],
    sandbox: SandboxControl | null,
    stepMs: number = STEP_MS,
  ): Promise<SimulatedTime> {
    await Promise.all(contexts.map((context) => context.clock.install()));
    return new SimulatedTime(contexts, sandbox, stepMs);
  }

  /**
   * Stops the browsers' clocks at one instant; from here on only `pass` and `until` move
   * time. The instant is a little ahead, as it must not have passed when a tab gets the
   * order; on a busy machine that can take seconds, so a late order is given again, later.
   */
  async pause(): Promise<void> {
    for (const aheadMs of [2_000, 10_000, 30_000]) {
      this.current = Date.now() + aheadMs;
      try {
        await Promise.all(this.contexts.map((context) => context.clock.pauseAt(this.current)));
        await this.settle();
        return;
      } catch (error) {
        if (!String(error).includes('fast-forward to the past')) throw error;
      }
    }
    throw new Error('the browsers could not be paused at one instant');
  }

  readonly now = (): number => this.current;

  async pass(ms: number): Promise<void> {
    for (let left = ms; left > 0; left -= this.stepMs) await this.step(Math.min(this.stepMs, left));
  }

  async until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = this.current + timeoutMs;
    while (!(await check())) {
      if (this.current >= deadline) throw new Error(`${what}: not within ${timeoutMs} ms of simulated time`);
      await this.step(this.stepMs);
    }
  }

  private async step(ms: number): Promise<void> {
    await this.sandbox?.advanceClock(ms / 1000);
    await Promise.all(this.contexts.map((context) => context.clock.runFor(ms)));
    this.current += ms;
    await this.settle();
  }

  private async settle(): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    while (this.inFlight > 0 && Date.now() < deadline) await sleep(10);
    // Answers reach the other tabs by BroadcastChannel: give them a moment to arrive.
    await sleep(20);
  }
}
