import type { Locator } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe';
import { expect, test, users, type SandboxControl, type SandboxUser } from './fixtures';

/**
 * The smaller things a new user tripped over: where the tail and the output preview
 * open and which end they show, binary files, the jobs pager's loading cue, the
 * timeline axis, phone layouts, wording of deletes and shares, a running job's cost,
 * the favicon and the sign-in page's key link.
 */

test.describe.configure({ timeout: 120_000 });

const POLL = { timeout: 40_000 };
const PHONE = { width: 390, height: 844 };

type FileRow = { id: string; name: string; relativePath: string; decryptedSize: number };

async function submitJob(
  sandbox: SandboxControl,
  user: SandboxUser,
  name: string,
  analysis: { code: string; version: string } = { code: 'user_included', version: '0' },
  command = './run.sh',
): Promise<string> {
  const created = await sandbox.api<{ id: string }>(user, 'POST', 'v2/jobs/', {
    name,
    jobanalyses: [{ analysis, command, hardware: { coreType: 'standard-plus', coresPerSlot: 1 } }],
  });
  expect(created.status).toBe(201);
  expect((await sandbox.api(user, 'POST', `v2/jobs/${created.body.id}/submit/`)).status).toBe(200);
  return created.body.id;
}

async function isScrolledToBottom(log: Locator): Promise<boolean> {
  return log.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight <= 24);
}

test('the tail opens at its newest line, in sight; a binary file says so and offers the download', async ({
  sandbox,
  signedInPage: page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const plain = await submitJob(sandbox, users.ada, 'Tail opens at the end');
  const star = await submitJob(
    sandbox,
    users.ada,
    'Binary working file',
    { code: 'star_ccm_plus', version: '18.04.008-r8' },
    'starccm+ -batch run model.sim',
  );
  await sandbox.advanceClock(30 + 40);

  await page.goto(`/jobs/${plain}?run=1&file=log&lines=200`);
  const log = page.getByTestId('tail-lines');
  await expect(log).toContainText('wall 40 s');
  await expect(page.getByTestId('tail-viewer').getByLabel('Follow')).not.toBeChecked();
  await expect.poll(() => isScrolledToBottom(log)).toBe(true);
  await expect(log).toBeInViewport();

  await page.goto(`/jobs/${star}?run=1&file=${encodeURIComponent('model@final.sim')}`);
  const viewer = page.getByTestId('tail-viewer');
  await expect(viewer).toContainText('model@final.sim is a binary file');
  const download = viewer.getByRole('link', { name: 'Download model@final.sim' });
  await expect(download).toBeVisible();
  const answer = await page.request.get((await download.getAttribute('href'))!);
  expect(answer.status()).toBe(200);
  expect((await answer.body()).length).toBeGreaterThan(0);
  await expectAccessibleInBothSchemes(page);
});

test('an output preview opens beside its row at once and shows a log’s end, with its start a click away', async ({
  sandbox,
  signedInPage: page,
}) => {
  const files = await sandbox.api<{ results: FileRow[] }>(
    users.ada,
    'GET',
    'v2/jobs/AIRfoL/files/?search=log.simpleFoam&page_size=1000',
  );
  const largest = files.body.results.reduce((a, b) => (b.decryptedSize > a.decryptedSize ? b : a));
  const lines = (await sandbox.api<{ lines: string[] }>(users.ada, 'GET', `v2/files/${largest.id}/lines/`))
    .body.lines;
  expect(lines.length).toBeGreaterThan(50_000);

  await page.goto('/jobs/AIRfoL?tab=files&q=log.simpleFoam');
  // Followed before the script runs, Preview loads the whole page, which opens at its top.
  await expect(page.getByLabel('Search output files')).toBeEnabled();
  const table = page.getByTestId('output-files');
  const row = table.getByRole('row').filter({ hasText: largest.relativePath }).first();
  await row.getByRole('link', { name: `Preview ${largest.relativePath}` }).click();
  const preview = table.getByTestId('file-preview');
  await expect(preview).toBeVisible({ timeout: 2_000 });
  await expect(preview).toBeInViewport();

  await expect(preview.getByTestId('preview-note')).toContainText('Showing the last 500 lines');
  const end = (await preview.getByTestId('preview-lines').innerText()).split('\n');
  expect(end).toHaveLength(500);
  expect(end.at(-1)).toBe(lines.at(-1)!.replace(/\r?\n$/, ''));

  await preview.getByRole('button', { name: 'Show the start' }).click();
  await expect(preview.getByTestId('preview-note')).toContainText('Showing the first 500 lines');
  const start = (await preview.getByTestId('preview-lines').innerText()).split('\n');
  expect(start[0]).toBe(lines[0]!.replace(/\r?\n$/, ''));
  await expectAccessibleInBothSchemes(page);
});

test('paging 100 jobs shows a loading cue at once', async ({ sandbox, signedInPage: page }) => {
  await page.goto('/jobs');
  await page.getByLabel('Jobs per page').selectOption('100');
  // A hundred rows render in well under a second, unless another worker's eleven tabs hold both cores.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(101, { timeout: 30_000 });
  await sandbox.setFaults({ latencyMs: 3_000, paths: '/api/v2/jobs/?' });
  await page.getByRole('navigation', { name: 'Jobs pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByTestId('jobs-page-loading')).toHaveText('Loading page 2…', { timeout: 2_000 });
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('jobs-page-loading')).toBeHidden(POLL);
  await sandbox.setFaults({});
});

test('a new job’s timeline axis repeats no label and scrolls on a phone instead of shrinking', async ({
  sandbox,
  signedInPage: page,
}) => {
  // Ahead of the browser's clock: the job's only status is "now", so the axis spans no time at all.
  await sandbox.advanceClock(3_600);
  const id = await submitJob(sandbox, users.ada, 'Just submitted');
  await page.setViewportSize(PHONE);
  await page.goto(`/jobs/${id}`);
  const timeline = page.getByTestId('status-timeline');
  await expect(timeline).toBeVisible();
  const labels = await timeline.locator('text').allTextContents();
  expect(labels.filter((label) => label === '+0 s')).toEqual([]);
  expect((await timeline.boundingBox())!.width).toBeGreaterThanOrEqual(600);
  const scroller = page.getByRole('region', { name: 'Status timeline, scrollable' });
  expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expectAccessibleInBothSchemes(page);
});

test('on a phone the jobs table keeps Created on screen', async ({ signedInPage: page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/jobs');
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  // Sideways is what counts: with many jobs running, Running now pushes the rows below the fold.
  const withinWidth = (locator: Locator) => async () => {
    const box = await locator.boundingBox();
    return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
  };
  await expect.poll(withinWidth(page.getByRole('columnheader', { name: /Created/ }))).toBe(true);
  await expect.poll(withinWidth(firstRow.getByRole('cell').last())).toBe(true);
  await expectAccessibleInBothSchemes(page);
});

test('on a phone /files keeps Download and Delete on screen; deleting an output says what it removes', async ({
  page,
  sandbox,
  signIn,
}) => {
  await submitJob(sandbox, users.nova, 'Outputs to delete');
  await sandbox.advanceClock(120);
  await signIn(page, users.nova);
  await page.setViewportSize(PHONE);
  await page.goto('/files');
  const table = page.getByRole('table', { name: 'Your files' });
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('link', { name: /^Download / })).toBeInViewport({ ratio: 1 });
  const remove = row.getByRole('button', { name: /^Delete / });
  await expect(remove).toBeInViewport({ ratio: 1 });
  await expectAccessibleInBothSchemes(page);

  await remove.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('from the outputs of the job that wrote it');
  await expect(dialog).not.toContainText('keep their copy');
});

test('sharing outside the company is refused on the field before anything is sent', async ({
  sandbox,
  signedInPage: page,
}) => {
  const shares: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/share/')) shares.push(request.url());
  });
  await page.goto('/jobs/FAILjb');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const form = page.getByRole('form', { name: 'Share this job' });
  const email = form.getByLabel('Colleague’s email');
  await email.fill('nobody@nowhere.com');
  await form.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(
    'nobody@nowhere.com is outside your company: Rescale shares jobs only with colleagues at example.com or a support desk.',
  );
  expect(shares).toEqual([]);
  const summary = await sandbox.api<{ results: Array<{ id: string; sharedWith: string[] }> }>(
    users.ada,
    'GET',
    'v2/jobs/?search=Manifold%20CFD',
  );
  expect(summary.body.results.find((job) => job.id === 'FAILjb')?.sharedWith).toEqual([]);
  await expectAccessibleInBothSchemes(page);
});

test('a running job shows its cost so far and how it grows', async ({ sandbox, signedInPage: page }) => {
  const id = await submitJob(sandbox, users.ada, 'Cost so far');
  await sandbox.advanceClock(60);
  await page.goto(`/jobs/${id}`);
  const estimate = page.getByTestId('job-estimate');
  await expect(estimate).toContainText('Estimated usage so far', POLL);
  await expect(estimate).toContainText(/Executed for .+ so far: about [\d.,]+ core-hours, roughly \$[\d.,]+/);
  await expect(estimate.getByTestId('job-cost-rate')).toHaveText(
    /It grows by about \$[\d.,]+ for every hour it keeps running\./,
  );
});

test('every page has a favicon, and sign-in offers no key link that would 404', async ({ page }) => {
  await page.goto('/sign-in');
  const icon = page.locator('link[rel="icon"]').first();
  const href = await icon.getAttribute('href');
  expect(href).toBeTruthy();
  const answer = await page.request.get(href!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('image/');

  await page.getByLabel('Region').selectOption('sandbox');
  await expect(page.getByRole('link', { name: /API key/ })).toHaveCount(0);
  await expect(page.getByText('Ask whoever runs sandbox for a key')).toBeVisible();
});
