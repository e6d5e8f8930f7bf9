/**
 * `npm run screenshots`: starts the demo stack (the sandbox on a frozen clock and the
 * production build pointed at it), signs in as Ada and photographs the jobs table, the
 * command palette, a watched running job under the Running now strip, the `AIRfoL` DOE job
 * page (timeline and chart), the launch review of a copy of it, and a job page on a phone
 * into docs/screenshots/, which the README shows. Builds first when the build is missing or
 * older than the sources. Stops both servers when done.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureCurrentBuild, localUrl, startApp, startSandbox } from './local-stack';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'screenshots');
const appPort = Number(process.env.SCREENSHOTS_APP_PORT ?? 3077);
const sandboxPort = Number(process.env.SCREENSHOTS_SANDBOX_PORT ?? 4077);
const appUrl = localUrl(appPort);
const sandboxUrl = localUrl(sandboxPort);
const ADA_KEY = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';

async function signIn(page: Page): Promise<void> {
  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel('Region').selectOption('sandbox');
  await page.getByLabel('API key').fill(ADA_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

async function photograph(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    // Watch asks for notifications on first use: granted, as a user would.
    await context.grantPermissions(['notifications']);
    const page = await context.newPage();
    await signIn(page);

    await page.goto(`${appUrl}/jobs`);
    await page.getByRole('table').first().waitFor();
    // Once every finished job's outcome is in: until then a Completed badge is neutral.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-tone="neutral"]')].every(
        (badge) => badge.textContent !== 'Completed',
      ),
    );
    await page.screenshot({ path: join(outDir, 'jobs-table.png') });

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill('Airfoil');
    await palette.getByRole('option', { name: /Airfoil 2D DOE sweep/ }).waitFor();
    await page.screenshot({ path: join(outDir, 'command-palette.png') });
    await page.keyboard.press('Escape');

    await page.goto(`${appUrl}/jobs?search=Pump+impeller+transient`);
    await page.getByRole('button', { name: 'Watch Pump impeller transient' }).click();
    await page.getByRole('button', { name: 'Watch Pump impeller transient', pressed: true }).waitFor();
    await page.getByRole('region', { name: /Running now/ }).waitFor();
    await page.screenshot({ path: join(outDir, 'watch-and-running-now.png') });

    await page.setViewportSize({ width: 1280, height: 1450 });
    await page.goto(`${appUrl}/jobs/AIRfoL?tab=runs`);
    await page.getByRole('img', { name: /^Status timeline/ }).waitFor();
    await page.getByRole('img', { name: /against/ }).waitFor();
    await page.screenshot({ path: join(outDir, 'job-page.png') });

    // The review "Save and submit" opens before anything starts billing (nothing is submitted here).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${appUrl}/jobs/new?clone=AIRfoL`);
    // The core types arrive after the form: the photo shows the form behind the review whole.
    await page.getByText('Core type', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save and submit' }).click();
    await page.getByRole('dialog', { name: /^Submit/ }).waitFor();
    await page.screenshot({ path: join(outDir, 'launch-review.png') });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${appUrl}/jobs/AIRfoL`);
    await page.getByRole('img', { name: /^Status timeline/ }).waitFor();
    // The overview tab loads its code after the page: without this the photo shows its skeleton.
    await page.getByText('Cores per slot').waitFor();
    await page.screenshot({ path: join(outDir, 'job-page-phone.png'), fullPage: true });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  ensureCurrentBuild();
  mkdirSync(outDir, { recursive: true });
  const children: ChildProcess[] = [];
  const started = (child: ChildProcess) => void children.push(child);
  try {
    await startSandbox(sandboxPort, 0, started);
    await startApp(
      { port: appPort, sandboxUrl, sessionSecret: randomBytes(32).toString('base64url') },
      started,
    );
    await photograph();
    console.log(`Screenshots written to ${outDir}`);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
