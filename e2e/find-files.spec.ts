import type { Locator, Page } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe';
import { expect, test, users, type SandboxControl } from './fixtures';

/**
 * Finding files (issue #16, item 2): /files searched by the platform with its page size
 * in the URL, each output naming the job and run that wrote it, the new-job picker
 * searching the same way, and a DOE job's output files with a run column and a run filter.
 */

test.describe.configure({ timeout: 120_000 });

type FileRow = { id: string; name: string; path: string; relativePath: string };
type FilePage = { count: number; results: FileRow[] };

async function files(sandbox: SandboxControl, path: string): Promise<FilePage> {
  const answer = await sandbox.api<FilePage>(users.ada, 'GET', path);
  expect(answer.status).toBe(200);
  return answer.body;
}

/** The job and run in an output's storage path, as the reference's samples give it. */
function origin(file: FileRow): { jobId: string; runId: string } {
  const match = /\/output\/job_([^/]+)\/run([^/]+)\//.exec(file.path);
  expect(match, file.path).not.toBeNull();
  return { jobId: match![1]!, runId: match![2]! };
}

/** The texts of one column of a table, found by its header, so other columns may come and go. */
function columnTexts(table: Locator, header: string): Promise<string[]> {
  return table.evaluate((element, name) => {
    const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    const index = headers.indexOf(name);
    return [...element.querySelectorAll('tbody tr')]
      .filter((row) => row.children.length === headers.length)
      .map((row) => row.children[index]?.textContent?.trim() ?? '');
  }, header);
}

const filesTable = (page: Page) => page.getByRole('table', { name: 'Your files' });
const fileNames = (page: Page) =>
  filesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.firstChild?.textContent ?? ''));

test('/files searches through the platform with its page size in the URL; reload keeps both, back undoes them', async ({
  signedInPage: page,
  sandbox,
}) => {
  const search = 'log.simpleFoam';
  const expected = await files(sandbox, `v2/files/?search=${search}&page_size=50`);
  expect(expected.count).toBeGreaterThan(50);

  await page.goto('/files');
  await expect(
    page.getByText('Listed in Rescale’s own order: the platform offers no sorting of files.'),
  ).toBeVisible();
  await page.getByLabel('Search files by name').fill(search);
  await expect(page).toHaveURL(`/files?search=${search}`);
  await expect(
    page.getByText(`${expected.count.toLocaleString('en')} files matching “${search}”`),
  ).toBeVisible();

  await page.getByLabel('Files per page').selectOption('50');
  await expect(page).toHaveURL(`/files?page_size=50&search=${search}`);
  await expect.poll(() => fileNames(page)).toEqual(expected.results.map((file) => file.name));

  await page
    .getByRole('navigation', { name: 'Pages of files' })
    .getByRole('link', { name: 'Next page' })
    .click();
  await expect(page).toHaveURL(`/files?page_size=50&search=${search}&page=2`);
  const second = await files(sandbox, `v2/files/?search=${search}&page_size=50&page=2`);
  await expect.poll(() => fileNames(page)).toEqual(second.results.map((file) => file.name));

  await page.goBack();
  await expect(page).toHaveURL(`/files?page_size=50&search=${search}`);
  await expect.poll(() => fileNames(page)).toEqual(expected.results.map((file) => file.name));
  await page.goBack();
  await expect(page).toHaveURL(`/files?search=${search}`);
  await expect(page.getByLabel('Files per page')).toHaveValue('25');
  await page.goBack();
  await expect(page).toHaveURL('/files');
  await expect(page.getByLabel('Search files by name')).toHaveValue('');
  await expect(page).toHaveTitle('Files · Rescale Dashboard');

  // Not Back across a reload: Next 16.4 returns to entries made before the reload without
  // fetching them, so the list is right (the browser fetches it) but the title is at times empty.
  for (let i = 0; i < 3; i += 1) await page.goForward();
  await expect(page).toHaveURL(`/files?page_size=50&search=${search}&page=2`);
  await page.reload();
  await expect(page.getByLabel('Search files by name')).toHaveValue(search);
  await expect(page.getByLabel('Files per page')).toHaveValue('50');
  await expect(page.getByRole('navigation', { name: 'Pages of files' })).toContainText(
    `Page 2 of ${Math.ceil(expected.count / 50)}`,
  );
  await expect.poll(() => fileNames(page)).toEqual(second.results.map((file) => file.name));
  await expectAccessibleInBothSchemes(page);
});

test('an output file on /files names its job and run, and the link lands on that run of the job', async ({
  signedInPage: page,
  sandbox,
}) => {
  const [file] = (await files(sandbox, 'v2/files/?search=airFoil2D%20log.simpleFoam&page_size=1')).results;
  const { jobId, runId } = origin(file!);
  const jobPagesFetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/jobs/')) jobPagesFetched.push(request.url());
  });

  await page.goto('/files?search=airFoil2D%20log.simpleFoam&page_size=10');
  const row = filesTable(page).getByRole('row').nth(1);
  await expect(row).toContainText(file!.relativePath);
  const link = row.getByRole('link', { name: `Job ${jobId}, run ${runId}` });
  await expect(link).toHaveAttribute('href', `/jobs/${jobId}?run=${runId}`);
  await expectAccessibleInBothSchemes(page);
  // Ten run links in sight: a prefetch of each would be ten job pages rendered for nothing.
  expect(jobPagesFetched).toEqual([]);

  await link.click();
  await expect(page).toHaveURL(`/jobs/${jobId}?run=${runId}`);
  await expect(page.getByRole('heading', { name: `Run ${runId}` })).toBeVisible();
});

test('the new job’s file picker searches the user’s files through the platform, and Enter does not save the job', async ({
  signedInPage: page,
  sandbox,
}) => {
  const search = 'process_output';
  const expected = await files(sandbox, `v2/files/?search=${search}&page_size=10`);
  expect(expected.count).toBeGreaterThan(10);
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/rescale/v2/files/') asked.push(url.search);
  });

  await page.goto('/jobs/new');
  const picker = page.locator('details').filter({ hasText: 'Choose from your files' });
  await picker.getByText('Choose from your files').click();
  const box = picker.getByLabel('Search your files');
  await box.fill(search);
  await box.press('Enter');
  const picked = picker.getByRole('group', { name: `Your files matching “${search}”, page 1` });
  await expect(picked.getByRole('checkbox')).toHaveCount(10);
  await expect
    .poll(() => picked.locator('label').allTextContents())
    .toEqual(expected.results.map((file) => expect.stringContaining(file.name)));
  expect(asked).toContain(`?page=1&page_size=10&search=${search}`);
  await expect(page).toHaveURL('/jobs/new');
  await expect(page.getByRole('alert').filter({ hasText: 'The job was not saved' })).toHaveCount(0);

  await picker.getByRole('button', { name: 'Next' }).click();
  await expect(picker.getByRole('group', { name: `Your files matching “${search}”, page 2` })).toBeVisible();
  await box.fill('no-such-file-anywhere');
  await expect(picker.getByText('No file matches “no-such-file-anywhere”.')).toBeVisible();
  await expectAccessibleInBothSchemes(page);
});

test('a DOE job’s output files show their run, and the run filter lists one run through the per-run endpoint', async ({
  signedInPage: page,
  sandbox,
}) => {
  const firstPage = await files(sandbox, 'v2/jobs/AIRfoL/files/?page_size=25');
  const runThree = await files(sandbox, 'v2/jobs/AIRfoL/runs/3/files/?page_size=25');
  expect(runThree.count).toBeGreaterThan(0);
  expect(runThree.count).toBeLessThan(firstPage.count);
  const perRun: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/rescale/v2/jobs/AIRfoL/runs/3/files/'))
      perRun.push(request.url());
  });

  await page.goto('/jobs/AIRfoL?tab=files');
  const table = page.getByTestId('output-files');
  await expect(table.getByRole('columnheader', { name: 'Run' })).toBeVisible();
  const runCells = () => columnTexts(table, 'Run');
  await expect.poll(runCells).toEqual(firstPage.results.map((file) => `Run ${origin(file).runId}`));
  await expect(
    page.getByText(`${firstPage.count.toLocaleString('en')} files`, { exact: true }),
  ).toBeVisible();

  await page.getByLabel('Run', { exact: true }).selectOption('3');
  await expect(page).toHaveURL('/jobs/AIRfoL?tab=files&frun=3');
  await expect(page.getByText(`${runThree.count.toLocaleString('en')} files`, { exact: true })).toBeVisible();
  await expect.poll(runCells).toEqual(runThree.results.map(() => 'Run 3'));
  await expect
    .poll(() => columnTexts(table, 'File'))
    .toEqual(runThree.results.map((file) => file.relativePath));
  expect(perRun).toHaveLength(1);
  await expectAccessibleInBothSchemes(page);

  await page.reload();
  await expect(page.getByLabel('Run', { exact: true })).toHaveValue('3');
  await expect.poll(runCells).toEqual(runThree.results.map(() => 'Run 3'));
  await page.goBack();
  await expect(page).toHaveURL('/jobs/AIRfoL?tab=files');
  await expect(page.getByLabel('Run', { exact: true })).toHaveValue('');

  await table
    .getByRole('link', { name: `Run ${origin(firstPage.results[0]!).runId}` })
    .first()
    .click();
  await expect(page).toHaveURL(`/jobs/AIRfoL?run=${origin(firstPage.results[0]!).runId}`);
  await expect(
    page.getByRole('heading', { name: `Run ${origin(firstPage.results[0]!).runId}` }),
  ).toBeVisible();
});

test('a job’s output files are searched by the platform as the user types, the search in the URL, and Clear search undoes it', async ({
  signedInPage: page,
  sandbox,
}) => {
  const matching = await files(sandbox, 'v2/jobs/AIRfoL/files/?search=log&page_size=25');
  const all = await files(sandbox, 'v2/jobs/AIRfoL/files/?page_size=25');
  expect(matching.count).toBeGreaterThan(1);
  expect(matching.count).toBeLessThan(all.count);

  await page.goto('/jobs/AIRfoL?tab=files');
  const table = page.getByTestId('output-files');
  const box = page.getByLabel('Search output files');
  await box.fill('log');
  await expect(page).toHaveURL('/jobs/AIRfoL?tab=files&q=log');
  await expect(
    page.getByText(`${matching.count.toLocaleString('en')} files matching “log”`, { exact: true }),
  ).toBeVisible();
  await expect
    .poll(() => columnTexts(table, 'File'))
    .toEqual(matching.results.map((file) => file.relativePath));
  await expectAccessibleInBothSchemes(page);

  await page.getByRole('link', { name: 'Clear search' }).click();
  await expect(page).toHaveURL('/jobs/AIRfoL?tab=files');
  await expect(box).toHaveValue('');
  await expect.poll(() => columnTexts(table, 'File')).toEqual(all.results.map((file) => file.relativePath));
});
