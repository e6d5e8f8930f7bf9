import { open, readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Job } from '@/lib/rescale/types';
import { expect, test, users, type SandboxControl } from './fixtures';
import { chooseOpenFoamOnMarble, fillNewJob } from './new-job-form';

/**
 * Launching work: the files page (upload several files with progress, cancel one,
 * delete one) and the new-job form (create, submit, watch it complete, clone it,
 * show the platform's own refusal on its field, and keep a draft across a reload).
 */

const BIG_FILE_BYTES = 150 * 1024 * 1024;

type FileList = { count: number; results: Array<{ id: string; name: string; decryptedSize: number }> };

/** A file of `bytes` zeros, written as a sparse file so the test spends no time or memory on it. */
async function sparseFile(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'w');
  await handle.truncate(bytes);
  await handle.close();
  return path;
}

async function filesOf(sandbox: SandboxControl, user: (typeof users)[keyof typeof users]): Promise<FileList> {
  const answer = await sandbox.api<FileList>(user, 'GET', 'v2/files/?page_size=1000');
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Records every value each progress bar shows, frame by frame, so a test can tell progress was drawn. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: Record<string, number[]> = {};
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const tick = () => {
      for (const bar of document.querySelectorAll('progress')) {
        const item = bar.closest('li')?.getAttribute('aria-label') ?? '?';
        const values = (seen[item] ??= []);
        if (values.at(-1) !== bar.value) values.push(bar.value);
      }
      requestAnimationFrame(tick);
    };
    tick();
  });
}

async function progressSeen(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (item) => (window as unknown as { progressSeen: Record<string, number[]> }).progressSeen[item] ?? [],
    name,
  );
}

/** The picker is enabled once the page has hydrated; files set before then would reach no handler. */
async function pickFiles(page: Page, label: string, files: string | string[]): Promise<void> {
  const picker = page.getByLabel(label);
  await expect(picker).toBeEnabled();
  await picker.setInputFiles(files);
}

test.describe('files', () => {
  test('uploads several files with progress, cancels one and deletes one', async ({
    page,
    sandbox,
    signIn,
    axe,
  }, testInfo) => {
    test.setTimeout(180_000);
    const big = await sparseFile(testInfo.outputPath('mesh-big.bin'), BIG_FILE_BYTES);
    const small = testInfo.outputPath('notes.txt');
    await writeFile(small, 'boundary conditions\n');
    const slow = await sparseFile(testInfo.outputPath('cancel-me.bin'), 64 * 1024 * 1024);

    await signIn(page, users.nova);
    await page.goto('/files');
    await expect(page.getByRole('heading', { name: 'Files', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No files yet' })).toBeVisible();
    expect(await axe.violations()).toEqual([]);

    await recordProgress(page);
    await pickFiles(page, 'Upload files', [big, small]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await expect(uploads.getByRole('listitem', { name: 'mesh-big.bin' })).toHaveAttribute(
      'data-status',
      'done',
      {
        timeout: 120_000,
      },
    );
    await expect(uploads.getByRole('listitem', { name: 'notes.txt' })).toHaveAttribute('data-status', 'done');
    const bigProgress = await progressSeen(page, 'mesh-big.bin');
    expect(
      bigProgress.some((value) => value > 0 && value < 100),
      `progress drawn: ${bigProgress.join(', ')}`,
    ).toBe(true);
    expect(bigProgress.at(-1)).toBe(100);

    const table = page.getByRole('table', { name: 'Your files' });
    await expect(table.getByRole('row', { name: /mesh-big\.bin/ })).toContainText('150 MiB');
    await expect(table.getByRole('row', { name: /notes\.txt/ })).toBeVisible();
    const stored = await filesOf(sandbox, users.nova);
    expect(stored.results.find((file) => file.name === 'mesh-big.bin')?.decryptedSize).toBe(BIG_FILE_BYTES);

    // Rescale takes its time to answer this one, so it is still on its way when cancelled.
    await sandbox.setFaults({ latencyMs: 60_000, paths: '/api/v2/files/contents/' });
    await pickFiles(page, 'Upload files', slow);
    const slowItem = uploads.getByRole('listitem', { name: 'cancel-me.bin' });
    await expect(slowItem).toHaveAttribute('data-status', 'uploading');
    await page.getByRole('button', { name: 'Cancel upload of cancel-me.bin' }).click();
    await expect(slowItem).toHaveAttribute('data-status', 'cancelled');
    await expect(slowItem).toContainText('Cancelled');
    await sandbox.setFaults({});
    expect((await filesOf(sandbox, users.nova)).results.map((file) => file.name)).not.toContain(
      'cancel-me.bin',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download notes.txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('notes.txt');
    expect(await readFile(await download.path(), 'utf8')).toBe('boundary conditions\n');

    await page.getByRole('button', { name: 'Delete notes.txt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete notes.txt?' });
    await expect(dialog).toBeVisible();
    expect(await axe.violations()).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole('row', { name: /notes\.txt/ })).toHaveCount(0);
    expect((await filesOf(sandbox, users.nova)).results.map((file) => file.name)).toEqual(['mesh-big.bin']);
  });

  test('takes a file dropped on the page, says why its upload failed, and retries it', async ({
    page,
    sandbox,
    signIn,
  }) => {
    await signIn(page, users.nova);
    await page.goto('/files');
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503, paths: '/api/v2/files/contents/' });

    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['solver settings\n'], 'dropped.cfg', { type: 'text/plain' }));
      return transfer;
    });
    await page.getByTestId('upload-dropzone').dispatchEvent('drop', { dataTransfer: dropped });
    const item = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem', { name: 'dropped.cfg' });
    await expect(item).toHaveAttribute('data-status', 'failed');
    await expect(item.getByRole('alert')).toContainText(
      'dropped.cfg: Rescale had a problem answering (HTTP 503)',
    );

    await sandbox.setFaults({});
    await item.getByRole('button', { name: 'Retry upload of dropped.cfg' }).click();
    await expect(item).toHaveAttribute('data-status', 'done');
    await expect(
      page.getByRole('table', { name: 'Your files' }).getByRole('row', { name: /dropped\.cfg/ }),
    ).toBeVisible();
  });

  test('goes on with the other files when one upload fails', async ({ page, signIn }, testInfo) => {
    const good = testInfo.outputPath('good.cfg');
    const broken = testInfo.outputPath('broken.cfg');
    await writeFile(good, 'fine\n');
    await writeFile(broken, 'doomed\n');
    await signIn(page, users.nova);
    await page.goto('/files');
    // Only this one file meets a failing platform; the other takes the real path.
    await page.route('**/api/rescale/v2/files/contents/', async (route) => {
      if (route.request().postDataBuffer()?.includes('filename="broken.cfg"')) {
        await route.fulfill({ status: 500, json: { detail: 'Storage is unavailable for this file.' } });
      } else {
        await route.continue();
      }
    });
    await pickFiles(page, 'Upload files', [broken, good]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await expect(uploads.getByRole('listitem', { name: 'broken.cfg' }).getByRole('alert')).toHaveText(
      'broken.cfg: Storage is unavailable for this file.',
    );
    await expect(uploads.getByRole('listitem', { name: 'good.cfg' })).toHaveAttribute('data-status', 'done');
    const table = page.getByRole('table', { name: 'Your files' });
    await expect(table.getByRole('row', { name: /good\.cfg/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /broken\.cfg/ })).toHaveCount(0);
  });
});

test.describe('new job', () => {
  test.describe('followed to its end', () => {
    // The page's clock goes ten times faster: the test waits for what the job page's next polls bring.
    test.use({ hurriedPolls: true });

    test('creates a job with an uploaded input, submits it, watches it complete, then clones it', async ({
      page,
      sandbox,
      signIn,
      axe,
    }, testInfo) => {
      test.setTimeout(240_000);
      const input = testInfo.outputPath('wing.zip');
      await writeFile(input, 'not really a zip, but the platform does not look\n');

      await signIn(page, users.nova);
      await page.goto('/jobs/new');
      await expect(page.getByRole('heading', { name: 'New job', level: 1 })).toBeVisible();
      await page.getByLabel('Job name').fill('Wing sweep from the browser');
      await chooseOpenFoamOnMarble(page);

      await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue(
        'foamExec <module> <input-file>',
      );
      await expect(page.getByText('the solver or utility to run, such as simpleFoam')).toBeVisible();
      await expect(page.getByTestId('price-per-hour')).toHaveText('$0.40 per hour');
      await page.getByRole('textbox', { name: 'Command' }).fill('foamExec simpleFoam wing.zip');

      await pickFiles(page, 'Upload input files', input);
      await expect(page.getByRole('list', { name: 'Chosen input files' })).toContainText('wing.zip');

      await page.getByRole('button', { name: 'Add variable' }).click();
      await page.getByLabel('Name 1').fill('OMP_NUM_THREADS');
      await page.getByLabel('Value 1').fill('2');
      expect(await axe.violations()).toEqual([]);

      await page.getByRole('button', { name: 'Save and submit' }).click();
      await page
        .getByRole('dialog', { name: 'Submit “Wing sweep from the browser”?' })
        .getByRole('button', { name: 'Submit job' })
        .click();
      await page.waitForURL(
        (url) => /^\/jobs\/[A-Za-z0-9]+$/.test(url.pathname) && url.pathname !== '/jobs/new',
      );
      const jobId = new URL(page.url()).pathname.split('/').at(-1)!;
      const created = await sandbox.api<Job>(users.nova, 'GET', `v2/jobs/${jobId}/`);
      const [analysis] = created.body.jobanalyses;
      expect(analysis?.analysis.code).toBe('openfoam');
      expect(analysis?.hardware).toMatchObject({ coreType: 'standard-plus', coresPerSlot: 2, slots: 2 });
      expect(analysis?.inputFiles.map((file) => file.name)).toEqual(['wing.zip']);
      expect(analysis?.envVars).toEqual({ OMP_NUM_THREADS: '2' });
      const status = page.getByTestId('job-status');
      await expect(status).toContainText('Pending');

      await sandbox.advanceClock(31);
      await expect(status).toContainText('Executing', { timeout: 45_000 });
      await sandbox.advanceClock(70);
      await expect(status).toContainText('Completed', { timeout: 45_000 });

      await page.getByRole('link', { name: 'Output files' }).click();
      await expect(page.getByRole('link', { name: /^Download .*log/ }).first()).toBeVisible({
        timeout: 30_000,
      });

      await page.getByRole('link', { name: 'Clone' }).click();
      await page.waitForURL(`/jobs/new?clone=${jobId}`);
      await expect(page.getByLabel('Job name')).toHaveValue('Wing sweep from the browser (copy)');
      await expect(page.getByRole('radio', { name: /^OpenFOAM/ })).toBeChecked();
      await expect(page.getByLabel('Version', { exact: true })).toHaveValue('v2312-openmpi');
      await expect(page.getByRole('radio', { name: /^Marble/ })).toBeChecked();
      await expect(page.getByLabel('Cores per slot')).toHaveValue('2');
      await expect(page.getByLabel('Slots', { exact: true })).toHaveValue('2');
      await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue(
        'foamExec simpleFoam wing.zip',
      );
      await expect(page.getByRole('list', { name: 'Chosen input files' })).toContainText('wing.zip');
      await expect(page.getByLabel('Name 1')).toHaveValue('OMP_NUM_THREADS');
      expect(await axe.violations()).toEqual([]);
    });
  });

  test('refuses an incomplete form on its fields, then shows the platform’s own refusal with the form intact', async ({
    page,
    sandbox,
    signIn,
  }, testInfo) => {
    test.setTimeout(120_000);
    const input = testInfo.outputPath('case.zip');
    await writeFile(input, 'case\n');

    await signIn(page, users.nova);
    await page.goto('/jobs/new');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const nameField = page.getByLabel('Job name');
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveAccessibleDescription('Give the job a name.');
    await expect(page.getByRole('alert').filter({ hasText: 'The job was not saved' })).toBeFocused();

    await nameField.fill('Race with a deleted input');
    await chooseOpenFoamOnMarble(page);
    await page.getByRole('textbox', { name: 'Command' }).fill('foamExec simpleFoam case.zip');
    await pickFiles(page, 'Upload input files', input);
    await expect(page.getByRole('list', { name: 'Chosen input files' })).toContainText('case.zip');

    // Someone deletes the file elsewhere between picking it and saving: only the platform can know.
    const uploaded = (await filesOf(sandbox, users.nova)).results.find((file) => file.name === 'case.zip');
    expect(uploaded).toBeDefined();
    expect((await sandbox.api(users.nova, 'DELETE', `v2/files/${uploaded!.id}/`)).status).toBe(204);

    await page.getByRole('button', { name: 'Save and submit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit job' }).click();
    const inputs = page.locator('#job-input-files');
    await expect(inputs).toHaveAccessibleDescription(/does not exist/);
    await expect(page.getByRole('alert').filter({ hasText: 'Rescale did not accept the job' })).toBeVisible();
    await expect(page).toHaveURL(/\/jobs\/new$/);
    await expect(nameField).toHaveValue('Race with a deleted input');
    await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue('foamExec simpleFoam case.zip');
    await expect(page.getByRole('radio', { name: /^Marble/ })).toBeChecked();
    expect((await sandbox.api<FileList>(users.nova, 'GET', 'v2/jobs/')).body.count).toBe(0);
  });

  test('keeps the form when the submit fails, then submits the saved job without a second copy', async ({
    page,
    sandbox,
    signIn,
  }) => {
    await signIn(page, users.nova);
    await page.goto('/jobs/new');
    await fillNewJob(page, { name: 'Submit that fails once', command: 'foamExec simpleFoam case' });

    await sandbox.setFaults({ errorRate: 1, errorStatus: 503, paths: '/submit/' });
    await page.getByRole('button', { name: 'Save and submit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit job' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'was saved but not submitted' })).toContainText(
      'HTTP 503',
    );
    await expect(page).toHaveURL(/\/jobs\/new$/);
    await expect(page.getByLabel('Job name')).toHaveValue('Submit that fails once');
    await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue('foamExec simpleFoam case');

    await sandbox.setFaults({});
    await page.getByRole('button', { name: 'Submit “Submit that fails once” again' }).click();
    await page.waitForURL(
      (url) => /^\/jobs\/[A-Za-z0-9]+$/.test(url.pathname) && url.pathname !== '/jobs/new',
    );
    await expect(page.getByTestId('job-status')).toContainText('Pending');
    const jobs = await sandbox.api<{ count: number }>(users.nova, 'GET', 'v2/jobs/');
    expect(jobs.body.count).toBe(1);
  });

  test('finds the draft after a reload', async ({ page, signIn }) => {
    await signIn(page, users.nova);
    await page.goto('/jobs/new');
    await fillNewJob(page, { name: 'Half-typed job', command: 'foamExec pimpleFoam <input-file>' });
    await page.getByLabel('Maximum walltime, hours (optional)').fill('3');

    await page.reload();
    await expect(page.getByText(/Restored your unsaved draft/)).toBeVisible();
    await expect(page.getByLabel('Job name')).toHaveValue('Half-typed job');
    await expect(page.getByRole('radio', { name: /^OpenFOAM/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^Marble/ })).toBeChecked();
    await expect(page.getByLabel('Slots', { exact: true })).toHaveValue('2');
    await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue(
      'foamExec pimpleFoam <input-file>',
    );
    await expect(page.getByTestId('price-per-hour')).toHaveText('$0.40 per hour');
    const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
    expect(stored).not.toContain(users.nova.key);

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByLabel('Job name')).toHaveValue('');
  });
});
