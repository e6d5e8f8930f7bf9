import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectAccessibleInBothSchemes } from './axe';
import { expect, test, users, type SandboxControl } from './fixtures';
import { readZip, type ZipEntry } from './zip-reader';

/**
 * Many output files as one zip, made in the browser as a stream: selected files or a
 * whole run, saved to a file the user picks (File System Access) or, where the browser
 * has no picker, as a download a service worker streams. Contents are checked against
 * the sandbox's own bytes.
 */

test.describe.configure({ timeout: 120_000 });

type FileRow = { id: string; name: string; relativePath: string; path: string; decryptedSize: number };
type Page1<T> = { count: number; results: T[] };

/** Headless Chromium has a picker but no one to answer it: a test either removes it... */
async function withoutPicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
  });
}

/** ...or answers it with a file in the origin's private file system, which the test reads back. */
async function withPrivateFilePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', {
      configurable: true,
      value: async ({ suggestedName }: { suggestedName: string }) =>
        (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true }),
    });
  });
}

/** The picked file's bytes, or null when no such file is left. */
async function privateFile(page: Page, name: string): Promise<Buffer | null> {
  const base64 = await page.evaluate(async (fileName) => {
    const root = await navigator.storage.getDirectory();
    let file: File;
    try {
      file = await (await root.getFileHandle(fileName)).getFile();
    } catch {
      return null;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return btoa(binary);
  }, name);
  return base64 === null ? null : Buffer.from(base64, 'base64');
}

async function firstFilesPage(sandbox: SandboxControl, jobId: string): Promise<FileRow[]> {
  const listed = await sandbox.api<Page1<FileRow>>(
    users.ada,
    'GET',
    `v2/jobs/${jobId}/files/?page=1&page_size=25`,
  );
  expect(listed.status).toBe(200);
  return listed.body.results;
}

async function sandboxBytes(sandbox: SandboxControl, fileId: string): Promise<Buffer> {
  const response = await fetch(`${sandbox.url}/api/v2/files/${fileId}/contents/`, {
    headers: { authorization: `Token ${users.ada.key}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

function runFolder(file: FileRow): string {
  const run = /\/(run\d+)\//.exec(file.path)?.[1];
  expect(run, `run folder in ${file.path}`).toBeDefined();
  return `${run}/${file.relativePath}`;
}

/** The zip holds exactly these files, each under its run folder, with the sandbox's bytes. */
async function expectZipOf(sandbox: SandboxControl, zip: ZipEntry[], files: FileRow[]): Promise<void> {
  expect(zip.map((entry) => entry.name).sort()).toEqual(files.map(runFolder).sort());
  for (const file of files) {
    const entry = zip.find((candidate) => candidate.name === runFolder(file))!;
    expect(entry.bytes.equals(await sandboxBytes(sandbox, file.id)), `${entry.name} bytes`).toBe(true);
  }
}

async function selectFirstPage(page: Page): Promise<void> {
  await page.goto('/jobs/AIRfoL?tab=files');
  const selectAll = page
    .getByTestId('output-files')
    .getByRole('checkbox', { name: 'Select all files on this page' });
  await selectAll.check();
  await expect(page.getByText('25 files selected')).toBeVisible();
}

test('selected files download as one zip through the streaming download, with run folders and the sandbox’s bytes', async ({
  sandbox,
  signedInPage: page,
}) => {
  await withoutPicker(page);
  const files = await firstFilesPage(sandbox, 'AIRfoL');
  // Runs each write a `log`: the run folders keep them apart inside the zip.
  expect(files.filter((file) => file.name === 'log').length).toBeGreaterThan(1);

  await page.goto('/jobs/AIRfoL?tab=files');
  const table = page.getByTestId('output-files');
  const first = files[0]!;
  const selectFirst = table.getByRole('checkbox', { name: `Select ${first.relativePath}` }).first();
  await selectFirst.check();
  await expect(page.getByText('1 file selected')).toBeVisible();
  await table.getByRole('checkbox', { name: 'Select all files on this page' }).check();
  await expect(page.getByText('25 files selected')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download 25 files as zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('AIRfoL-files.zip');
  const zip = readZip(await readFile((await download.path())!));
  await expectZipOf(sandbox, zip, files);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded AIRfoL-files.zip' })).toContainText(
    '25 of 25 files',
  );
  await expectAccessibleInBothSchemes(page);
});

test('a whole run downloads as one zip into the file the user picks', async ({
  sandbox,
  signedInPage: page,
}) => {
  await withPrivateFilePicker(page);
  const runs = await sandbox.api<Page1<{ id: string; displayOrder: number }>>(
    users.ada,
    'GET',
    'v2/jobs/AIRfoL/runs/?page_size=1000',
  );
  const run3 = runs.body.results.find((run) => run.displayOrder === 3)!;
  const listed = await sandbox.api<Page1<FileRow>>(
    users.ada,
    'GET',
    `v2/jobs/AIRfoL/runs/${run3.id}/files/?page_size=1000`,
  );
  expect(listed.body.count).toBeGreaterThan(0);

  await page.goto(`/jobs/AIRfoL?tab=runs&run=${run3.id}`);
  const downloadRun = page.getByRole('button', { name: 'Download run 3 as zip' });
  await downloadRun.click();
  const count = listed.body.count;
  await expect(page.getByRole('status').filter({ hasText: 'Saved AIRfoL-run-3.zip' })).toContainText(
    `${count} of ${count} files`,
    { timeout: 30_000 },
  );
  const zip = readZip((await privateFile(page, 'AIRfoL-run-3.zip'))!);
  await expectZipOf(sandbox, zip, listed.body.results);
});

test('progress shows while the zip is made, and Cancel stops it and says so', async ({
  sandbox,
  signedInPage: page,
}) => {
  await withoutPicker(page);
  await sandbox.setFaults({ latencyMs: 1500, paths: '/contents/' });
  await selectFirstPage(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download 25 files as zip' }).click();

  await expect(page.getByRole('progressbar', { name: 'Zip AIRfoL-files.zip' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('zip-progress')).toContainText(
    /\d+(\.\d+)? [KM]?i?B of [\d.]+ MiB · [12] of 25 files/,
  );
  await page.getByRole('button', { name: 'Cancel zip' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toHaveText(
    'Cancelled. Your browser lists AIRfoL-files.zip as a failed download: nothing usable was saved.',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(await (await downloading).failure()).not.toBeNull();
});

test('a file that cannot be downloaded is named with the reason, and no half zip is left', async ({
  sandbox,
  signedInPage: page,
  axe,
}) => {
  await withPrivateFilePicker(page);
  const files = await firstFilesPage(sandbox, 'AIRfoL');
  const failing = files[2]!;
  await sandbox.setFaults({ errorRate: 1, errorStatus: 500, paths: `/files/${failing.id}/contents/` });
  await selectFirstPage(page);
  await page.getByRole('button', { name: 'Download 25 files as zip' }).click();

  const outcome = page.getByTestId('zip-progress').getByRole('status');
  await expect(outcome).toContainText(`Could not download ${runFolder(failing)}: `, { timeout: 30_000 });
  await expect(outcome).toContainText('Nothing was saved.');
  expect(await privateFile(page, 'AIRfoL-files.zip')).toBeNull();
  expect(await axe.violations()).toEqual([]);
});
