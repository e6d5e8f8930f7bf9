import type { BrowserContext, Page } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe';
import { expect, test, users, type SandboxControl } from './fixtures';

/**
 * Watching a job: a Watch toggle on the job page and on the jobs table; when the job
 * ends, one browser notification naming it and its status (however many tabs are open),
 * a mark in the title of a tab out of sight until it is seen, and a notice on the page.
 * The sandbox clock ends the job; the browsers' own pollers find out.
 */

test.describe.configure({ timeout: 120_000 });
test.use({ hurriedPolls: true });

/** A watched job is polled at the job statuses' pace (15 s of the pages' hurried clock); several polls fit. */
const POLL = { timeout: 20_000 };

type Shown = { title: string; body: string };

/**
 * Records what the app shows through the real Notification API: the constructor is
 * wrapped, while `Notification.permission` is still the browser's own.
 */
async function recordNotifications(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Real = window.Notification;
    const shown: Array<{ title: string; body: string }> = [];
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body ?? '' });
        super(title, options);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true, writable: true });
    Object.defineProperty(window, 'shownNotifications', { value: shown });
  });
}

function shownIn(page: Page): Promise<Shown[]> {
  return page.evaluate(() => (window as unknown as { shownNotifications: Shown[] }).shownNotifications);
}

/** What the browser does when the user switches to another tab, or back. */
async function setVisibility(page: Page, state: 'visible' | 'hidden'): Promise<void> {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/** A submitted job of Ada's, executing (it completes 60 s of sandbox time later). */
async function executingJob(sandbox: SandboxControl, name: string): Promise<string> {
  const id = await sandbox.createJob(users.ada, name, { submit: true });
  await sandbox.advanceClock(35);
  return id;
}

async function endJobs(sandbox: SandboxControl): Promise<void> {
  await sandbox.advanceClock(120);
}

const watchOnPage = (page: Page) => page.getByRole('button', { name: 'Watch', exact: true });

test('watched from its page, a job that ends is notified once, and a hidden tab’s title is marked until seen', async ({
  context,
  sandbox,
  signedInPage: page,
}) => {
  await context.grantPermissions(['notifications']);
  await recordNotifications(context);
  const id = await executingJob(sandbox, 'Watched bracket');
  await page.goto(`/jobs/${id}`);
  await expect(page.getByTestId('job-status')).toHaveText('Executing');

  const watch = watchOnPage(page);
  await expect(watch).toHaveAttribute('aria-pressed', 'false');
  await watch.click();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');
  await expectAccessibleInBothSchemes(page);

  await setVisibility(page, 'hidden');
  const title = await page.title();
  await endJobs(sandbox);
  await expect.poll(() => shownIn(page), POLL).toHaveLength(1);
  expect((await shownIn(page))[0]).toEqual({
    title: 'Watched bracket ended',
    body: 'Completed successfully',
  });
  await expect(page).toHaveTitle(`● (1) ${title}`);
  const notice = page.getByTestId('watch-ended');
  await expect(notice).toContainText('Watched bracket ended');
  await expect(notice).toContainText('Completed');

  await setVisibility(page, 'visible');
  await expect(page).toHaveTitle(title);
  await expect(page.getByTestId('job-status')).toContainText('Completed');
  await expect(watch, 'a job that has ended is no longer offered for watching').toBeHidden();
  await expectAccessibleInBothSchemes(page);

  await page.getByRole('button', { name: 'Dismiss: Watched bracket ended' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('job-status')).toContainText('Completed');
  await expect(page.getByTestId('watch-ended')).toBeHidden();
  expect(await shownIn(page), 'nothing is notified again after a reload').toEqual([]);
});

test('watched from a jobs-table row with two tabs open, the ending is notified once in all', async ({
  context,
  sandbox,
  signedInPage: page,
}) => {
  await context.grantPermissions(['notifications']);
  await recordNotifications(context);
  await executingJob(sandbox, 'Watched from the list');
  await page.goto('/jobs?search=Watched%20from%20the%20list');
  const watch = page.getByRole('button', { name: 'Watch Watched from the list' });
  await expect(watch).toHaveAttribute('aria-pressed', 'false');
  await watch.click();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');
  await expectAccessibleInBothSchemes(page);

  const other = await context.newPage();
  await other.goto('/files');
  // Its watch list loads after hydration; a job that ended before then is no news to it.
  await expect(other.getByTestId('watch-announcer')).toBeAttached();
  await setVisibility(other, 'hidden');
  const otherTitle = await other.title();

  await endJobs(sandbox);
  const shownInAll = async () => [...(await shownIn(page)), ...(await shownIn(other))];
  await expect.poll(shownInAll, POLL).toHaveLength(1);
  expect((await shownInAll())[0]).toEqual({
    title: 'Watched from the list ended',
    body: 'Completed successfully',
  });
  for (const tab of [page, other]) {
    await expect(tab.getByTestId('watch-ended')).toContainText('Watched from the list ended');
  }
  await expect(other).toHaveTitle(`● (1) ${otherTitle}`);
  await expect(page, 'the tab in sight is not marked').not.toHaveTitle(/^●/);

  // Both tabs keep polling the job list; a second notification would have come by now (half a minute on their clocks).
  await page.waitForTimeout(3_000);
  expect(await shownInAll()).toHaveLength(1);
});

test('a watch survives a reload, belongs to its region, and can be taken back', async ({
  sandbox,
  signedInPage: page,
}) => {
  const id = await executingJob(sandbox, 'Watched across reloads');
  await page.goto(`/jobs/${id}`);
  const watch = watchOnPage(page);
  await watch.click();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');

  // The same job id on another platform is another job: a watch kept for another region does not apply here.
  const moveWatches = (from: string, to: string) =>
    page.evaluate(
      ([source, target]) => {
        const stored = localStorage.getItem(`rescale-watch:v1:${source}`);
        if (stored === null) throw new Error(`no watches stored for ${source}`);
        localStorage.setItem(`rescale-watch:v1:${target}`, stored);
        localStorage.removeItem(`rescale-watch:v1:${source}`);
      },
      [from, to],
    );
  await moveWatches('sandbox', 'elsewhere');
  await page.reload();
  await expect(watch).toHaveAttribute('aria-pressed', 'false');
  await moveWatches('elsewhere', 'sandbox');
  await page.reload();
  await expect(watch).toHaveAttribute('aria-pressed', 'true');

  await watch.click();
  await expect(watch).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(watch).toHaveAttribute('aria-pressed', 'false');
});

test('with notifications blocked, Watch says so once and the page still tells when the job ends', async ({
  context,
  sandbox,
  signedInPage: page,
}) => {
  // Not granted: headless Chromium answers a permission request with a refusal, as a user saying no would.
  await recordNotifications(context);
  const first = await executingJob(sandbox, 'Watched without notifications');
  const second = await executingJob(sandbox, 'Also watched without notifications');
  await page.goto(`/jobs/${first}`);
  await watchOnPage(page).click();
  const refused = page.getByText('Notifications are blocked in this browser');
  await expect(refused).toBeVisible();

  await page.goto(`/jobs/${second}`);
  await watchOnPage(page).click();
  await expect(watchOnPage(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(refused, 'said once only').toBeHidden();

  await endJobs(sandbox);
  await expect(page.getByTestId('watch-ended')).toHaveCount(2, POLL);
  expect(await shownIn(page)).toEqual([]);
});
