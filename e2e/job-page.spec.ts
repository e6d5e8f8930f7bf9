import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, signInThroughForm, test, users, type SandboxControl } from './fixtures';

/**
 * The job page against the sandbox: what a completed DOE job shows, files, the live
 * tail of a running run, the actions, sharing, and links that survive sign-in.
 */

/** Pending 5 s, Queued 10 s, Started 5 s, Validated 10 s: a submitted job executes 30 s later. */
const SECONDS_TO_EXECUTING = 30;
/** Live data polls every few seconds (slower when many resources share the budget). */
const POLL = { timeout: 40_000 };

// The machine may be busy and live data polls on a budget: give each test room.
test.describe.configure({ timeout: 150_000 });

type Page1<T> = { count: number; results: T[] };
type FileRow = { id: string; name: string; relativePath: string; decryptedSize: number };

/** A job of Ada's whose only run has been executing for `seconds` (its log has that many lines). */
async function executingJob(sandbox: SandboxControl, name: string, seconds: number): Promise<string> {
  const id = await sandbox.createJob(users.ada, name, { software: 'userIncluded' });
  expect((await sandbox.api(users.ada, 'POST', `v2/jobs/${id}/submit/`)).status).toBe(200);
  await sandbox.advanceClock(SECONDS_TO_EXECUTING + seconds);
  return id;
}

async function jobFiles(sandbox: SandboxControl, jobId: string, search = ''): Promise<FileRow[]> {
  const query = new URLSearchParams({ page_size: '1000', ...(search ? { search } : {}) });
  const answer = await sandbox.api<Page1<FileRow>>(users.ada, 'GET', `v2/jobs/${jobId}/files/?${query}`);
  expect(answer.status).toBe(200);
  return answer.body.results;
}

async function isScrolledToBottom(log: Locator): Promise<boolean> {
  return log.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight <= 24);
}

test('a completed DOE job shows its overview, timeline, runs table and chart', async ({
  signedInPage: page,
}) => {
  await page.goto('/jobs/AIRfoL');
  await expect(page.getByRole('heading', { level: 1, name: 'Airfoil 2D DOE sweep' })).toBeVisible();
  await expect(page.getByTestId('job-status')).toHaveText('Completed');
  await expect(page.getByTestId('shared-with')).toHaveText('alan@example.com');

  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview).toContainText('OpenFOAM');
  await expect(overview).toContainText('./airFoil2D/Allrun');
  await expect(overview).toContainText('Marble (standard-plus)');
  await expect(overview.getByTestId('job-estimate')).toContainText(
    /about [\d.,]+ core-hours, roughly \$[\d.,]+/,
  );
  await expect(overview.getByTestId('job-estimate')).toContainText('Estimate only');

  await expect(page.getByRole('img', { name: /^Status timeline over/ })).toBeVisible();
  await expect(page.getByTestId('history-summary')).toContainText('Pending');
  await expect(page.getByTestId('history-summary')).toContainText('Executing');
  await expect(page.getByTestId('history-summary')).toContainText('Completed (Completed successfully)');

  await page.getByRole('navigation', { name: 'Job sections' }).getByRole('link', { name: 'Runs' }).click();
  await expect(page).toHaveURL(/\/jobs\/AIRfoL\?tab=runs$/);
  const table = page.getByTestId('runs-table');
  await expect(table).toBeVisible(POLL);
  for (const variable of ['x_velocity', 'y_velocity', 'Cd', 'Cl']) {
    await expect(table.getByRole('columnheader', { name: variable, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(page.getByRole('navigation', { name: 'Runs pages' })).toContainText('Page 1 of 6');

  await expect(page.getByRole('img', { name: 'Cd against x_velocity for 120 runs' })).toBeVisible();
  await expect(page.getByTestId('runs-chart').locator('circle')).toHaveCount(120);
  await page.getByLabel('Plot').selectOption('Cl');
  await expect(page.getByRole('img', { name: 'Cl against x_velocity for 120 runs' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]y=Cl/);

  await page.getByRole('navigation', { name: 'Runs pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]rpage=2/);
  await expect(table.getByRole('row').nth(1)).toContainText('Run 21');
});

test('opening a completed job costs only the upstream calls its first view renders', async ({
  sandbox,
  signedInPage: page,
}) => {
  // A saved job polls nothing, so no call lands between the count and the visit.
  await page.goto('/jobs/SAVEDj');
  await expect(page.getByTestId('job-status')).toHaveText('Not submitted');
  const before = await sandbox.upstreamCalls(users.ada);
  await page.goto('/jobs/AIRfoL');
  await expect(page.getByTestId('job-estimate')).toBeVisible();
  // Give any refetch on mount or stray poll the time to happen, so it would be counted.
  await page.waitForTimeout(3_000);
  // The job, its statuses, its listing (creation date and sharing), its cluster statuses
  // and the core types: nothing is fetched twice, nothing polls for a finished job.
  expect((await sandbox.upstreamCalls(users.ada)) - before).toBe(5);
});

test('an output file downloads through the proxy with its name and the sandbox’s bytes', async ({
  sandbox,
  signedInPage: page,
}) => {
  const [file] = await jobFiles(sandbox, 'BIGout', 'd3hsp');
  expect(file).toBeDefined();
  await page.goto('/jobs/BIGout?tab=files');
  const row = page.getByTestId('output-files').getByRole('row').filter({ hasText: file!.relativePath });
  const downloading = page.waitForEvent('download');
  await row.getByRole('link', { name: `Download ${file!.relativePath}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(file!.name);
  const received = await readFile((await download.path())!);

  const original = await fetch(`${sandbox.url}/api/v2/files/${file!.id}/contents/`, {
    headers: { authorization: `Token ${users.ada.key}` },
  });
  const expected = Buffer.from(await original.arrayBuffer());
  expect(received.length).toBe(file!.decryptedSize);
  expect(received.equals(expected)).toBe(true);
});

test('a large text file previews its last lines, and its first on request', async ({
  sandbox,
  signedInPage: page,
}) => {
  const logs = await jobFiles(sandbox, 'AIRfoL', 'log.simpleFoam');
  const largest = logs.reduce((a, b) => (b.decryptedSize > a.decryptedSize ? b : a));
  const lines = await sandbox.api<{ lines: string[] }>(users.ada, 'GET', `v2/files/${largest.id}/lines/`);
  expect(lines.body.lines.length).toBeGreaterThan(50_000);

  await page.goto(`/jobs/AIRfoL?tab=files&q=log.simpleFoam&preview=${largest.id}`);
  await expect(page.getByTestId('preview-note')).toContainText('Showing the last 500 lines');
  const shown = await page.getByTestId('preview-lines').innerText();
  expect(shown.split('\n')).toHaveLength(500);
  expect(shown.split('\n').at(-1)).toBe(lines.body.lines.at(-1)!.replace(/\r?\n$/, ''));

  await page.getByRole('button', { name: 'Show the start' }).click();
  await expect(page.getByTestId('preview-note')).toContainText('Showing the first 500 lines');
  const start = await page.getByTestId('preview-lines').innerText();
  expect(start.split('\n')[0]).toBe(lines.body.lines[0]!.replace(/\r?\n$/, ''));
});

// The pages' clocks go ten times faster here: each test waits for what the next polls bring.
test.describe('while a job runs', () => {
  test.use({ hurriedPolls: true });

  test('following a running run’s log scrolls with it, pauses when scrolled up, and says when the run ends', async ({
    sandbox,
    signedInPage: page,
  }) => {
    const id = await executingJob(sandbox, 'Follow the log', 40);
    await page.goto(`/jobs/${id}?run=1&file=log&follow=1`);
    const log = page.getByTestId('tail-lines');
    await expect(log).toContainText('wall 40 s');
    await expect.poll(() => isScrolledToBottom(log)).toBe(true);

    await sandbox.advanceClock(5);
    await expect(log).toContainText('wall 45 s', POLL);
    await expect.poll(() => isScrolledToBottom(log)).toBe(true);

    await log.evaluate((element) => {
      element.scrollTop = 0;
    });
    await expect(page.getByText('Auto-scroll paused while you read.')).toBeVisible();
    await sandbox.advanceClock(5);
    await expect(log).toContainText('wall 50 s', POLL);
    expect(await log.evaluate((element) => element.scrollTop)).toBe(0);

    await page.getByRole('button', { name: 'Jump to latest' }).click();
    await expect.poll(() => isScrolledToBottom(log)).toBe(true);
    await expect(page.getByText('Auto-scroll paused while you read.')).toBeHidden();

    await sandbox.advanceClock(30);
    await expect(page.getByText(/^Run ended/)).toBeVisible(POLL);
    await page.getByRole('link', { name: 'See the output file log' }).click();
    await expect(page).toHaveURL(/[?&]q=log/);
    await expect(
      page.getByTestId('output-files').getByRole('cell', { name: 'log', exact: true }),
    ).toBeVisible();
  });

  test('stopping a job asks first, naming it, then follows it to its end', async ({
    sandbox,
    signedInPage: page,
  }) => {
    const id = await executingJob(sandbox, 'Stop me', 5);
    await page.goto(`/jobs/${id}`);
    await expect(page.getByTestId('job-status')).toHaveText('Executing');

    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop “Stop me”?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stop job' }).click();
    await expect(page.getByText('Stop requested.')).toBeVisible();
    await expect(page.getByTestId('job-status')).toContainText('Stopping');

    await sandbox.advanceClock(120);
    await expect(page.getByTestId('job-status')).toContainText('Completed', POLL);
    await expect(page.getByTestId('job-status')).toContainText('User Terminated');
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeHidden();
  });

  test('delete is refused while the job executes and works once it has finished', async ({
    sandbox,
    signedInPage: page,
  }) => {
    const id = await executingJob(sandbox, 'Delete me later', 5);
    await page.goto(`/jobs/${id}`);
    const remove = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(remove).toBeDisabled();
    await expect(
      page.getByText(/Delete is unavailable: Rescale cannot delete a job while it runs \(it is Executing\)/),
    ).toBeVisible();

    await sandbox.advanceClock(120);
    await expect(page.getByTestId('job-status')).toHaveText('Completed', POLL);
    await expect(remove).toBeEnabled();
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Delete me later”?' });
    await dialog.getByRole('button', { name: 'Delete job' }).click();
    await page.waitForURL('**/jobs');
    expect((await sandbox.api(users.ada, 'GET', `v2/jobs/${id}/`)).status).toBe(404);
  });
});

test('a job shared by Ada opens for Grace from the same link', async ({ browser, signedInPage: page }) => {
  await page.goto('/jobs/FAILjb');
  await expect(page.getByTestId('shared-with')).toHaveText('Nobody');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const form = page.getByRole('form', { name: 'Share this job' });
  await form.getByLabel('Colleague’s email').fill('grace@example.com');
  await form.getByLabel(/Message/).fill('Why did run 3 fail?');
  await form.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(form.getByRole('status')).toContainText('Rescale shared the job with grace@example.com');
  await expect(page.getByTestId('shared-with')).toHaveText('grace@example.com');
  const link = page.url();

  const graceContext = await browser.newContext();
  try {
    const grace = await graceContext.newPage();
    await grace.goto(link);
    await expect(grace).toHaveURL(/\/sign-in\?callbackUrl=/);
    await signInThroughForm(grace, users.grace);
    await expect(grace).toHaveURL(link);
    await expect(grace.getByRole('heading', { level: 1, name: 'Manifold CFD' })).toBeVisible();
    await expect(grace.getByText('ada@example.com shared this job with you')).toBeVisible();
  } finally {
    await graceContext.close();
  }
});

test('sharing outside the company is refused on the address before anything is sent, and the address is kept', async ({
  signedInPage: page,
}) => {
  await page.goto('/jobs/FAILjb');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const form = page.getByRole('form', { name: 'Share this job' });
  const email = form.getByLabel('Colleague’s email');
  await email.fill('nobody@nowhere.com');
  await form.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/nobody@nowhere\.com is outside your company/);
  await expect(form.getByRole('alert')).toContainText('The job was not shared');
  await expect(email).toHaveValue('nobody@nowhere.com');
  await expect(page.getByTestId('shared-with')).toHaveText('Nobody');
});

test('a link to a job not shared with the reader explains why and offers another sign-in', async ({
  page,
  signIn,
}) => {
  await signIn(page, users.grace);
  await page.goto('/jobs/SAVEDj');
  const explanation = page.getByRole('region', { name: 'You cannot open job SAVEDj' });
  await expect(explanation).toContainText('has not been shared with you');
  await expect(explanation).toContainText('there is no job with this id');
  await expect(explanation).toContainText('Grace Hopper (grace@example.com)');
  await expect(explanation).toContainText('ask them to share the job with grace@example.com');
  await expect(explanation).toContainText('sandbox');

  await explanation.getByRole('button', { name: 'Sign out and sign in with another key or region' }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjobs%2FSAVEDj/);
  await signInThroughForm(page, users.ada);
  await expect(page).toHaveURL(/\/jobs\/SAVEDj$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Draft: bracket stress' })).toBeVisible();
});

test('a tail link opened in a fresh browser restores the run, file, line count and follow after sign-in', async ({
  browser,
  sandbox,
}) => {
  const id = await executingJob(sandbox, 'Shared tail', 20);
  const link = `/jobs/${id}?run=1&file=log&lines=200&follow=1`;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(link);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await signInThroughForm(page, users.ada);
    await expect(page).toHaveURL(new RegExp(`${link.replace(/[?]/g, '\\?')}$`));
    const viewer = page.getByTestId('tail-viewer');
    await expect(viewer.getByRole('heading', { name: 'log' })).toBeVisible();
    await expect(viewer.getByLabel('Lines', { exact: true })).toHaveValue('200');
    await expect(viewer.getByLabel('Follow')).toBeChecked();
    await expect(page.getByTestId('tail-lines')).toContainText('wall 20 s');
    await expect(
      page.getByRole('region', { name: 'Working directory' }).getByRole('link', { name: 'log', exact: true }),
    ).toHaveAttribute('aria-current', 'true');
  } finally {
    await context.close();
  }
});

test('the job page has no serious or critical accessibility violations', async ({
  sandbox,
  signedInPage: page,
  axe,
}) => {
  await page.goto('/jobs/AIRfoL');
  await expect(page.getByTestId('job-estimate')).toBeVisible();
  expect(await axe.violations()).toEqual([]);

  await page.goto('/jobs/AIRfoL?run=1');
  await expect(page.getByTestId('output-files')).toBeVisible();
  await expect(page.getByTestId('runs-chart')).toBeVisible();
  expect(await axe.violations()).toEqual([]);

  const id = await executingJob(sandbox, 'Accessible tail', 10);
  await page.goto(`/jobs/${id}?run=1&file=log&follow=1`);
  await expect(page.getByTestId('tail-lines')).toContainText('wall 10 s');
  expect(await axe.violations()).toEqual([]);
});
