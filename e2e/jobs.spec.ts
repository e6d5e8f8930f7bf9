import type { Page } from '@playwright/test';
import { expect, test, users, type SandboxControl } from './fixtures';
import { expectSameDocument, markDocument } from './same-document';
import { expectOutcomesShown } from './job-outcomes';

type JobsList = { count: number; results: Array<{ id: string; name: string }> };

const table = (page: Page) => page.getByRole('table');
const rowNames = (page: Page) => table(page).getByRole('rowheader').getByRole('link').allTextContents();
const pager = (page: Page) => page.getByRole('navigation', { name: 'Jobs pages' });
/** How the table learns why a finished job ended: its newest status. */
const OUTCOME_LOOKUP = /\/api\/rescale\/v2\/jobs\/[^/]+\/statuses\/\?page_size=1$/;
/** The Running now strip's call: the newest 1,000 jobs (e2e/find-jobs.spec.ts). */
const RUNNING_NOW = /\/api\/rescale\/v2\/jobs\/\?page_size=1000(&|$)/;

/** The sandbox's own answer for a query: what the table must show. */
async function expectedNames(sandbox: SandboxControl, query: string): Promise<string[]> {
  const { body } = await sandbox.api<JobsList>(users.ada, 'GET', `v2/jobs/?${query}`);
  return body.results.map((job) => job.name);
}

async function jobReads(sandbox: SandboxControl, key: string): Promise<number> {
  const calls = await sandbox.calls();
  return calls[key]?.byScope['job-read'] ?? 0;
}

test.describe('jobs table', () => {
  test('walks pages forwards and backwards, changes the page size, and back/forward walk the same views', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const hydrationErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /hydrat|#418|#423|#425/i.test(message.text()))
        hydrationErrors.push(message.text());
    });
    await page.goto('/jobs');
    await expect(page.getByText('520 jobs')).toBeVisible();
    await expect(pager(page)).toContainText('Page 1 of 21');
    expect(await rowNames(page)).toEqual(
      await expectedNames(sandbox, 'page=1&page_size=25&ordering=-dateInserted'),
    );
    await markDocument(page);

    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL('/jobs?page=2');
    await expect(pager(page)).toContainText('Page 2 of 21');
    await expect.poll(() => rowNames(page)).toEqual(await expectedNames(sandbox, 'page=2&page_size=25'));

    await pager(page).getByRole('link', { name: 'Last page' }).click();
    await expect(page).toHaveURL('/jobs?page=21');
    await expect(table(page).getByRole('rowheader')).toHaveCount(20);

    await pager(page).getByRole('link', { name: 'Previous page' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/jobs?page=20');
    await expect(pager(page)).toContainText('Page 20 of 21');

    await pager(page).getByRole('link', { name: 'First page' }).click();
    await expect(page).toHaveURL('/jobs');
    await expect(pager(page)).toContainText('Page 1 of 21');

    await page.goBack();
    await expect(page).toHaveURL('/jobs?page=20');
    await expect(pager(page)).toContainText('Page 20 of 21');
    await expect.poll(() => rowNames(page)).toEqual(await expectedNames(sandbox, 'page=20&page_size=25'));
    await page.goBack();
    await expect(page).toHaveURL('/jobs?page=21');
    await page.goForward();
    await expect(page).toHaveURL('/jobs?page=20');
    await expect(pager(page)).toContainText('Page 20 of 21');

    // Page 20 of 25 starts at job 476, which is on page 5 of 100.
    await page.getByLabel('Jobs per page').selectOption('100');
    await expect(page).toHaveURL('/jobs?page=5&page_size=100');
    await expect(pager(page)).toContainText('Page 5 of 6');
    await expect(table(page).getByRole('rowheader')).toHaveCount(100);
    await expectSameDocument(page);
    expect(hydrationErrors).toEqual([]);
  });

  test('paging keeps the rows on screen until the next page arrives, then shows the table from its top', async ({
    signedInPage: page,
    sandbox,
  }) => {
    await page.goto('/jobs?page_size=100');
    await expect(table(page).getByRole('rowheader')).toHaveCount(100);
    const firstPage = await rowNames(page);
    await sandbox.setFaults({ latencyMs: 3_000, paths: '/api/v2/jobs/' });

    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL('/jobs?page=2&page_size=100');
    await expect(table(page)).toHaveAttribute('aria-busy', 'true');
    expect(await rowNames(page)).toEqual(firstPage);

    await expect(table(page)).toHaveAttribute('aria-busy', 'false');
    await expect.poll(() => rowNames(page)).not.toEqual(firstPage);
    const top = await table(page).boundingBox();
    expect(top?.y).toBeGreaterThanOrEqual(0);
    expect(top?.y).toBeLessThan(page.viewportSize()?.height ?? 0);
  });

  test('searches by name from page 1 and sorts by the columns the platform can order', async ({
    signedInPage: page,
    sandbox,
  }) => {
    await page.goto('/jobs?page=2');
    await markDocument(page);
    await page.getByLabel('Search jobs by name').fill('wing');
    await expect(page).toHaveURL('/jobs?search=wing');
    await expect(page.getByText('43 jobs matching “wing”')).toBeVisible();
    await expect
      .poll(() => rowNames(page))
      .toEqual(await expectedNames(sandbox, 'page=1&page_size=25&search=wing'));
    for (const name of await rowNames(page)) expect(name.toLowerCase()).toContain('wing');

    const nameHeader = table(page).getByRole('columnheader', { name: 'Name' });
    const createdHeader = table(page).getByRole('columnheader', { name: 'Created' });
    await expect(createdHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(nameHeader).toHaveAttribute('aria-sort', 'none');

    await nameHeader.getByRole('button').click();
    await expect(page).toHaveURL('/jobs?search=wing&ordering=name');
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect
      .poll(() => rowNames(page))
      .toEqual(await expectedNames(sandbox, 'page_size=25&search=wing&ordering=name'));

    await nameHeader.getByRole('button').click();
    await expect(page).toHaveURL('/jobs?search=wing&ordering=-name');
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(() => rowNames(page))
      .toEqual(await expectedNames(sandbox, 'page_size=25&search=wing&ordering=-name'));

    await createdHeader.getByRole('button').click();
    await createdHeader.getByRole('button').click();
    await expect(page).toHaveURL('/jobs?search=wing&ordering=dateInserted');
    await expect(createdHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect
      .poll(() => rowNames(page))
      .toEqual(await expectedNames(sandbox, 'page_size=25&search=wing&ordering=dateInserted'));

    await page.goBack();
    await expect(page).toHaveURL('/jobs?search=wing');
    await expect(page.getByLabel('Search jobs by name')).toHaveValue('wing');
    for (const url of [
      '/jobs?search=wing&ordering=-name',
      '/jobs?search=wing&ordering=name',
      '/jobs?search=wing',
    ]) {
      await page.goBack();
      await expect(page).toHaveURL(url);
    }
    await page.goBack();
    await expect(page).toHaveURL('/jobs?page=2');
    await expect(page.getByLabel('Search jobs by name')).toHaveValue('');
    await expect(page.getByText('520 jobs')).toBeVisible();
    await expectSameDocument(page);
  });

  test('a reload and a fresh signed-in browser show the same view of the same URL', async ({
    signedInPage: page,
    browser,
    signIn,
    sandbox,
  }) => {
    const url = '/jobs?page=2&page_size=10&search=blade&ordering=-name';
    const expected = await expectedNames(sandbox, 'page=2&page_size=10&search=blade&ordering=-name');
    expect(expected.length).toBeGreaterThan(0);

    await page.goto(url);
    expect(await rowNames(page)).toEqual(expected);
    await page.reload();
    await expect(page).toHaveURL(url);
    expect(await rowNames(page)).toEqual(expected);
    await expect(page.getByLabel('Search jobs by name')).toHaveValue('blade');
    await expect(page.getByLabel('Jobs per page')).toHaveValue('10');

    const colleague = await browser.newContext();
    try {
      const other = await colleague.newPage();
      await signIn(other, users.ada);
      await other.goto(url);
      await expect(other).toHaveURL(url);
      expect(await rowNames(other)).toEqual(expected);
      expect(await pager(other).textContent()).toBe(await pager(page).textContent());
    } finally {
      await colleague.close();
    }
  });

  test('the first load asks the server for the page once and the browser never again; each finished job’s outcome once', async ({
    signedInPage: page,
    sandbox,
  }) => {
    const browserCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/rescale/')) browserCalls.push(request.url());
    });
    // The Running now strip's one call, after the table is on screen, is not the table's.
    const stripCalls = () => browserCalls.filter((url) => RUNNING_NOW.test(url));
    const listCalls = () =>
      browserCalls.filter((url) => url.includes('/api/rescale/v2/jobs/?') && !RUNNING_NOW.test(url));
    const lookups = () => browserCalls.filter((url) => OUTCOME_LOOKUP.test(url));
    const before = await jobReads(sandbox, users.ada.key);

    await page.goto('/jobs?page=3');
    await expect(pager(page)).toContainText('Page 3 of 21');
    await expectOutcomesShown(page);
    await page.waitForTimeout(3_000);

    expect(listCalls()).toEqual([]);
    // Ada has running jobs: the strip polls them at the jobs list's pace, so perhaps once more by now.
    expect(stripCalls().length).toBeGreaterThanOrEqual(1);
    expect(lookups().length).toBeGreaterThan(0);
    expect(new Set(lookups()).size, 'no job is looked up twice').toBe(lookups().length);
    expect(browserCalls.filter((url) => !RUNNING_NOW.test(url))).toEqual(lookups());
    const reads = await jobReads(sandbox, users.ada.key);
    expect(reads).toBe(before + 1 + stripCalls().length + lookups().length);

    // Outcomes are remembered: a reload costs the server's one call and the browser only the strip's.
    browserCalls.length = 0;
    const beforeReload = await jobReads(sandbox, users.ada.key);
    await page.reload();
    await expect(pager(page)).toContainText('Page 3 of 21');
    await page.waitForTimeout(3_000);
    expect(browserCalls.filter((url) => !RUNNING_NOW.test(url))).toEqual([]);
    expect(stripCalls().length).toBeGreaterThanOrEqual(1);
    const readsAfterReload = await jobReads(sandbox, users.ada.key);
    expect(readsAfterReload).toBe(beforeReload + 1 + stripCalls().length);

    // Counting can fail: paging in the browser is one call through the proxy.
    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(pager(page)).toContainText('Page 4 of 21');
    await expect.poll(() => listCalls(), { message: browserCalls.join(' ') }).toHaveLength(1);
    expect(listCalls()[0]).toContain('/api/rescale/v2/jobs/?page=4&page_size=25&ordering=-dateInserted');
  });

  test('a Completed job that did not succeed is shown as a warning with its reason', async ({
    signedInPage: page,
  }) => {
    // Hold the lookups: the first paint knows no outcome yet, and their arrival must not move the columns.
    const held: Array<() => Promise<void>> = [];
    let holding = true;
    await page.route(OUTCOME_LOOKUP, (route) =>
      holding ? void held.push(() => route.continue()) : route.continue(),
    );
    await page.goto('/jobs');
    const pending = table(page)
      .locator('[data-tone="neutral"]', { hasText: 'Completed' })
      .filter({ visible: true });
    await expect(pending.first()).toBeVisible();
    const columnEdges = () =>
      table(page)
        .getByRole('columnheader')
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    const edgesBefore = await columnEdges();
    holding = false;
    await Promise.all(held.map((release) => release()));
    await expectOutcomesShown(page);
    await expect(table(page).getByText('A run failed').filter({ visible: true }).first()).toBeVisible();
    expect(await columnEdges()).toEqual(edgesBefore);

    await page.goto('/jobs?search=Manifold+CFD');
    const failed = table(page).getByRole('row', { name: /Manifold CFD/ });
    await expect(failed.locator('[data-tone="warning"]').filter({ visible: true })).toHaveText('Completed');
    await expect(failed.getByText('A run failed').filter({ visible: true })).toBeVisible();

    await page.goto('/jobs?search=Airfoil+2D+DOE+sweep');
    const succeeded = table(page).getByRole('row', { name: /Airfoil 2D DOE sweep/ });
    await expect(succeeded.locator('[data-tone="success"]').filter({ visible: true })).toHaveText(
      'Completed',
    );
    await expect(succeeded.getByText('Completed successfully')).toHaveCount(0);
  });

  test.describe('while a job runs', () => {
    // The page's clock goes ten times faster: the test waits for what the next polls bring.
    test.use({ hurriedPolls: true });

    test('a job status change appears without a reload as the sandbox clock moves', async ({
      signedInPage: page,
      sandbox,
    }) => {
      await sandbox.createJob(users.ada, 'E2E live status job', { submit: true });

      await page.goto('/jobs');
      const row = table(page).getByRole('row', { name: /E2E live status job/ });
      await expect(row.getByText('Pending', { exact: true }).filter({ visible: true })).toBeVisible();
      await markDocument(page);

      await sandbox.advanceClock(6);
      await expect(row.getByText('Queued', { exact: true }).filter({ visible: true })).toBeVisible({
        timeout: 30_000,
      });
      await sandbox.advanceClock(11);
      await expect(row.getByText('Started', { exact: true }).filter({ visible: true }).first()).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.getByText(/Updated/)).toBeVisible();
      await expectSameDocument(page);
    });
  });

  test('a platform failure shows its message, and retry recovers', async ({
    signedInPage: page,
    sandbox,
  }) => {
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503, paths: '/api/v2/jobs/' });
    await page.goto('/jobs');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the jobs' });
    await expect(alert).toContainText('HTTP 503');
    await expect(page.getByText(/at .*\.(ts|js):\d+/)).toHaveCount(0);

    await sandbox.setFaults({});
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('520 jobs')).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('throttling says when it will retry, then retries by itself', async ({
    signedInPage: page,
    sandbox,
  }) => {
    await sandbox.setLimits({ 'job-read': { limit: 1, windowSeconds: 5 } });
    await sandbox.api(users.ada, 'GET', 'v2/jobs/');
    await page.goto('/jobs');
    await expect(page.getByRole('status').filter({ hasText: 'Too many requests' })).toContainText(
      /Rescale is limiting requests for this key; retrying in \d+ s/,
    );
    await expect(page.getByText('520 jobs')).toBeVisible({ timeout: 20_000 });
  });

  test('a new account sees an empty state that points to creating a job', async ({ page, signIn }) => {
    await signIn(page, users.nova);
    await page.goto('/jobs');
    await expect(page.getByRole('heading', { name: 'No jobs yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create a job' })).toHaveAttribute('href', '/jobs/new');
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('owner and sharing read "you" for your own jobs and name the owner otherwise', async ({
    signedInPage: page,
    browser,
    signIn,
  }) => {
    const url = '/jobs?search=Airfoil+2D+DOE+sweep';
    await page.goto(url);
    const own = table(page).getByRole('row', { name: /Airfoil 2D DOE sweep/ });
    await expect(own.getByRole('cell').filter({ hasText: /^you/ })).toContainText('Shared with 1 person');

    const alans = await browser.newContext();
    try {
      const other = await alans.newPage();
      await signIn(other, users.alan);
      await other.goto(url);
      const shared = table(other).getByRole('row', { name: /Airfoil 2D DOE sweep/ });
      await expect(shared).toContainText('ada@example.com');
      await expect(shared).not.toContainText(/\byou\b/);
    } finally {
      await alans.close();
    }
  });

  test('a page past the end lands on the last page, and malformed parameters on sensible defaults', async ({
    signedInPage: page,
  }) => {
    await page.goto('/jobs?page=999');
    await expect(page).toHaveURL('/jobs?page=21');
    await expect(pager(page)).toContainText('Page 21 of 21');

    await page.goto('/jobs?page=abc&page_size=7&ordering=storage&search=');
    await expect(pager(page)).toContainText('Page 1 of 21');
    await expect(table(page).getByRole('rowheader')).toHaveCount(25);
    await expect(page.getByRole('heading', { name: /could not|failed/i })).toHaveCount(0);
  });

  test('a key revoked while browsing leads to sign-in when the table next asks', async ({
    signedInPage: page,
    sandbox,
  }) => {
    await page.goto('/jobs');
    await expect(pager(page)).toContainText('Page 1 of 21');
    await expectOutcomesShown(page);
    await sandbox.revoke(users.ada.key);
    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL('/sign-in?callbackUrl=%2Fjobs%3Fpage%3D2&reason=revoked');
  });

  test('passes axe with no serious or critical violation, in light and dark mode', async ({
    signedInPage: page,
    axe,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/jobs');
      await expect(pager(page)).toBeVisible();
      expect(await axe.violations()).toEqual([]);
    }
  });

  test('on a phone the secondary columns fold away and nothing scrolls the page sideways', async ({
    signedInPage: page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/jobs');
    await expect(pager(page)).toBeVisible();
    await expect(table(page).getByRole('columnheader', { name: 'Software' })).toBeHidden();
    // The status folds under the name, so Created still fits.
    await expect(table(page).getByRole('columnheader', { name: 'Status' })).toBeHidden();
    await expect(table(page).getByRole('columnheader', { name: 'Created' })).toBeVisible();
    await expect(table(page).locator('tbody [data-tone]').filter({ visible: true }).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
