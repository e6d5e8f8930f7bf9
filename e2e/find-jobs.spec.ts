import type { Page, Request } from '@playwright/test';
import { expectAccessibleInBothSchemes, VIEWPORTS } from './axe';
import { expect, test, users } from './fixtures';
import { SimulatedTime } from './live-support';

/**
 * Finding a job on /jobs: by its id (a column with a copy button, and a search shaped
 * like an id), and by what is running now (a strip above the table, live while
 * something runs and quiet otherwise).
 */

type JobsList = {
  count: number;
  results: Array<{ id: string; name: string; jobStatus: { content: string } }>;
};

/** The platform's final states (README of the API reference), spelled out here as the witness. */
const FINAL = ['Completed', 'Failed', 'Stopped', 'Force Stopped', 'Terminated'];
const MINUTE = 60_000;
/** The strip's one call: the newest 1,000 jobs. */
const STRIP_CALL = /\/api\/rescale\/v2\/jobs\/\?page_size=1000(&|$)/;

const table = (page: Page) => page.getByRole('table');
const strip = (page: Page) => page.getByRole('region', { name: /running now/i });
const runningList = (page: Page) => strip(page).getByRole('list', { name: 'Running jobs' });
const finishedList = (page: Page) =>
  strip(page).getByRole('list', { name: 'Finished while this page was open' });
const search = (page: Page) => page.getByLabel('Search jobs by name');

function proxyCalls(page: Page, now: () => number = Date.now) {
  const calls: Array<{ url: string; at: number }> = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/rescale/')) calls.push({ url: url.pathname + url.search, at: now() });
  });
  return calls;
}

test.describe('find jobs', () => {
  test('an ID column tells apart two jobs of one name, and its button copies the id with a visible confirmation', async ({
    signedInPage: page,
    context,
    sandbox,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const first = await sandbox.createJob(users.ada, 'E2E twin job');
    const second = await sandbox.createJob(users.ada, 'E2E twin job');
    expect(first).not.toBe(second);

    await page.goto('/jobs?search=E2E+twin+job');
    await expect(table(page).getByRole('columnheader', { name: 'ID' })).toBeVisible();
    const rows = table(page).getByRole('row', { name: /E2E twin job/ });
    await expect(rows).toHaveCount(2);
    const shownIds = await rows.locator('code').filter({ visible: true }).allTextContents();
    expect(shownIds.toSorted()).toEqual([first, second].toSorted());

    const row = rows.filter({ has: page.getByRole('button', { name: `Copy job id ${second}` }) });
    await row.getByRole('button', { name: `Copy job id ${second}` }).click();
    await expect(row.getByText('Copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second);
    await expect(row.getByText('Copied', { exact: true })).toBeHidden({ timeout: 5_000 });
    await expectAccessibleInBothSchemes(page);

    // On a phone the id folds into the name cell, and still copies.
    await page.setViewportSize(VIEWPORTS[1].viewport);
    const copyFirst = table(page).getByRole('button', { name: `Copy job id ${first}` });
    await expect(copyFirst).toBeInViewport();
    await copyFirst.click();
    await expect(table(page).getByText('Copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
    await expectAccessibleInBothSchemes(page);
  });

  test('a search shaped like a job id offers to open that job after one call, and says when no job has the id', async ({
    signedInPage: page,
  }) => {
    const calls = proxyCalls(page);
    const byId = (id: string) => calls.filter((call) => call.url === `/api/rescale/v2/jobs/${id}/`);

    await page.goto('/jobs');
    await search(page).fill('AIRfoL');
    await expect(page).toHaveURL('/jobs?search=AIRfoL');
    const open = page.getByRole('link', { name: 'Open job ‘AIRfoL’ — Airfoil 2D DOE sweep' });
    await expect(open).toBeVisible();
    await expect(open).toHaveAttribute('href', '/jobs/AIRfoL');
    // The name matches are still told: no job name contains the id.
    await expect(page.getByText('No job name contains “AIRfoL”.')).toBeVisible();
    expect(byId('AIRfoL')).toHaveLength(1);
    await expectAccessibleInBothSchemes(page);

    // The search is in the URL: a reload shows the same offer.
    await page.reload();
    await expect(open).toBeVisible();
    await open.click();
    await expect(page).toHaveURL('/jobs/AIRfoL');
    await expect(page.getByRole('heading', { level: 1, name: 'Airfoil 2D DOE sweep' })).toBeVisible();

    await page.goto('/jobs');
    await search(page).fill('NOSUCH');
    await expect(page).toHaveURL('/jobs?search=NOSUCH');
    await expect(page.getByText('No job has the id ‘NOSUCH’')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Open job/ })).toHaveCount(0);
    expect(byId('NOSUCH')).toHaveLength(1);
    await expectAccessibleInBothSchemes(page);

    // A name is only searched by name: no id call, no offer.
    await search(page).fill('wing');
    await expect(page).toHaveURL('/jobs?search=wing');
    await expect(page.getByText(/jobs matching “wing”/)).toBeVisible();
    await expect(page.getByText(/job with the id|No job has the id/)).toHaveCount(0);
    expect(calls.filter((call) => /\/api\/rescale\/v2\/jobs\/wing\//.test(call.url))).toEqual([]);
  });

  test('Running now lists every unfinished job among the newest 1,000 above the table, whatever page it shows', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const { body } = await sandbox.api<JobsList>(
      users.ada,
      'GET',
      'v2/jobs/?page_size=1000&ordering=-dateInserted',
    );
    const expected = body.results.filter(
      (job) => job.jobStatus.content !== '' && !FINAL.includes(job.jobStatus.content),
    );
    expect(expected.length).toBeGreaterThan(6);
    const calls = proxyCalls(page);

    // Page 3 holds finished jobs only: the strip is about the account, not the page.
    await page.goto('/jobs?page=3');
    await expect(strip(page)).toContainText('Looks at the newest 1,000 jobs.');
    await expect(
      strip(page).getByRole('heading', { name: `Running now ${expected.length} jobs` }),
    ).toBeVisible();
    await strip(page)
      .getByRole('button', { name: `Show all ${expected.length}` })
      .click();
    await expect(runningList(page).getByRole('listitem')).toHaveCount(expected.length);
    expect(await runningList(page).locator('code').allTextContents()).toEqual(expected.map((job) => job.id));
    for (const job of expected) {
      const item = runningList(page).getByRole('listitem').filter({ hasText: job.id });
      await expect(item.getByRole('link', { name: job.name })).toHaveAttribute('href', `/jobs/${job.id}`);
      await expect(item.getByText(job.jobStatus.content, { exact: true })).toBeVisible();
    }
    expect(calls.filter((call) => STRIP_CALL.test(call.url))).toHaveLength(1);
    await expectAccessibleInBothSchemes(page);
  });

  test('Running now stays out of sight while nothing runs, and then asks no more', async ({
    page,
    signIn,
  }) => {
    await signIn(page, users.grace);
    await page.clock.install();
    const calls = proxyCalls(page);
    const stripCalls = () => calls.filter((call) => STRIP_CALL.test(call.url));

    await page.goto('/jobs');
    await expect(page.getByText('6 jobs')).toBeVisible();
    await expect.poll(() => stripCalls().length).toBe(1);
    // Any poll would be due within these minutes: the jobs list's pace is seconds.
    for (let i = 0; i < 3; i += 1) {
      await page.clock.fastForward(MINUTE);
      await page.waitForTimeout(300);
    }
    expect(stripCalls()).toHaveLength(1);
    await expect(strip(page)).toHaveCount(0);
    await expect(page.getByText(/running now/i)).toHaveCount(0);
  });

  test('Running now follows a job to completion on the sandbox clock, within the call ceiling, and stops polling after', async ({
    page,
    context,
    signIn,
    sandbox,
  }) => {
    test.setTimeout(4 * MINUTE);
    await signIn(page, users.nova);
    const id = await sandbox.createJob(users.nova, 'E2E running strip job', { submit: true });
    // Steps of a second: fine enough for polls ten seconds apart, and half the wall time.
    const time = await SimulatedTime.install([context], sandbox, 1_000);
    const calls = proxyCalls(page, time.now);
    const stripCalls = (from: number) => calls.filter((call) => STRIP_CALL.test(call.url) && call.at >= from);

    await page.goto('/jobs');
    const chip = runningList(page).getByRole('listitem').filter({ hasText: id });
    await expect(chip.getByText('Pending', { exact: true })).toBeVisible();
    await expect(chip.getByRole('link', { name: 'E2E running strip job' })).toHaveAttribute(
      'href',
      `/jobs/${id}`,
    );
    await time.pause();

    // A simulated minute while it runs: the table and the strip together stay within 15 polling calls.
    const from = time.now();
    await time.pass(MINUTE);
    const inMinute = calls.filter((call) => call.at >= from && call.at < from + MINUTE);
    expect(inMinute.length, inMinute.map((call) => call.url).join('\n')).toBeLessThanOrEqual(15);
    expect(stripCalls(from).length).toBeGreaterThanOrEqual(3);
    await expect(chip.getByText('Executing', { exact: true })).toBeVisible();

    await time.until(
      () => finishedList(page).getByText(id).isVisible(),
      60_000,
      'the job shows among those that just finished',
    );
    await expect(finishedList(page).getByRole('listitem').filter({ hasText: id })).toContainText('Completed');
    await expect(strip(page).getByRole('heading', { name: 'Nothing running now' })).toBeVisible();
    await expect(runningList(page)).toHaveCount(0);

    const finishedAt = time.now();
    await time.pass(40_000);
    expect(stripCalls(finishedAt)).toEqual([]);
    // The accessibility check runs on timers of its own: let the page's clock run again.
    await page.clock.resume();
    await expectAccessibleInBothSchemes(page);
  });
});
