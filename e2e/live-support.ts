import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, signInThroughForm, type SandboxControl, type SandboxUser } from './fixtures';

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

/** The job page with the run's growing `log` followed: the most expensive live view there is. */
export function followUrl(jobId: string): string {
  return `/jobs/${jobId}?tab=runs&run=1&file=log&follow=1`;
}

/** Opens the followed job and waits for the tail's first lines (slow on a busy machine: many tabs load at once). */
export async function openFollowing(page: Page, jobId: string): Promise<void> {
  await page.goto(followUrl(jobId));
  await expect(page.getByTestId('tail-lines')).not.toBeEmpty({ timeout: 30_000 });
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

/** `count` tabs in a new context signed in as `user`, each showing the followed job. */
export async function openTabs(
  browser: Browser,
  user: SandboxUser,
  jobId: string,
  count: number,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; pages: Page[] }> {
  const context = await browser.newContext();
  await prepare?.(context);
  const pages: Page[] = [];
  for (let i = 0; i < count; i += 1) {
    const page = await context.newPage();
    if (i === 0) await signInThroughForm(page, user);
    await openFollowing(page, jobId);
    pages.push(page);
  }
  return { context, pages };
}

/** Records, per page, when each call to the proxy was made. */
export function recordProxyCalls(pages: Page[]): Map<Page, number[]> {
  const calls = new Map<Page, number[]>();
  for (const page of pages) {
    const times: number[] = [];
    calls.set(page, times);
    page.on('request', (request) => {
      // A redirect hop, should there be one, is the same call: count it once.
      if (new URL(request.url()).pathname.startsWith('/api/rescale/') && request.redirectedFrom() === null) {
        times.push(Date.now());
      }
    });
  }
  return calls;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
