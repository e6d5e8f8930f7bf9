/**
 * `npm run screenshots`: starts the demo stack (the sandbox on a frozen clock and the
 * production build pointed at it), signs in as Ada and photographs the jobs table and
 * the `AIRfoL` DOE job page (timeline and chart) into docs/screenshots/, which the README
 * shows. Builds first when there is no build. Stops both servers when done.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { hasStandaloneBuild, startStandalone } from './start-standalone.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'screenshots');
const appPort = Number(process.env.SCREENSHOTS_APP_PORT ?? 3077);
const sandboxPort = Number(process.env.SCREENSHOTS_SANDBOX_PORT ?? 4077);
const appUrl = `http://127.0.0.1:${appPort}`;
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const ADA_KEY = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode}) before it was ready.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel('Region').selectOption('sandbox');
  await page.getByLabel('API key').fill(ADA_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

async function photograph(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await signIn(page);

    await page.goto(`${appUrl}/jobs`);
    await page.getByRole('table').first().waitFor();
    // Once every finished job's outcome is in: until then a Completed badge is neutral.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-tone="neutral"]')].every((badge) => badge.textContent !== 'Completed'),
    );
    await page.screenshot({ path: join(outDir, 'jobs-table.png') });

    await page.setViewportSize({ width: 1280, height: 1450 });
    await page.goto(`${appUrl}/jobs/AIRfoL?tab=runs`);
    await page.getByRole('img', { name: /^Status timeline/ }).waitFor();
    await page.getByRole('img', { name: /against/ }).waitFor();
    await page.screenshot({ path: join(outDir, 'job-page.png') });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!hasStandaloneBuild()) {
    console.log('No build yet: running npm run build…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('The build failed; see the output above.');
  }
  mkdirSync(outDir, { recursive: true });
  const children: ChildProcess[] = [];
  try {
    const sandbox = spawn(process.execPath, ['--import', 'tsx', join(root, 'sandbox', 'main.ts')], {
      cwd: root,
      env: { ...process.env, SANDBOX_HOST: '127.0.0.1', SANDBOX_PORT: String(sandboxPort), SANDBOX_TIME_SCALE: '0' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(sandbox);
    await waitFor(`${sandboxUrl}/_sandbox/users`, 'The sandbox', sandbox);

    const app = startStandalone({
      ...process.env,
      NODE_ENV: 'production',
      HOSTNAME: '127.0.0.1',
      PORT: String(appPort),
      NEXTAUTH_URL: appUrl,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      RESCALE_PLATFORMS: `sandbox=${sandboxUrl}`,
      NEXT_TELEMETRY_DISABLED: '1',
    });
    children.push(app);
    await waitFor(`${appUrl}/sign-in`, 'The app', app);

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
