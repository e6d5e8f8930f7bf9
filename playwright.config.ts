import { defineConfig, devices } from '@playwright/test';
import {
  appPort,
  appUrl,
  e2eSessionSecret,
  sandboxPort,
  sandboxRegion,
  sandboxUrl,
  unreachableRegion,
  unreachableUrl,
} from './e2e/env';

/**
 * End-to-end tests in Debian's Chromium against the production build (`npm run build`
 * first; this config builds nothing) and the sandbox, on a frozen clock that tests
 * advance. One worker: the sandbox clock and its data are shared by every test.
 */

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: appUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'npx tsx sandbox/main.ts',
      url: `${sandboxUrl}/_sandbox/users`,
      env: {
        SANDBOX_HOST: '127.0.0.1',
        SANDBOX_PORT: String(sandboxPort),
        SANDBOX_TIME_SCALE: '0',
      },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node --import tsx scripts/start-standalone.ts',
      url: `${appUrl}/sign-in`,
      env: {
        HOSTNAME: '127.0.0.1',
        PORT: String(appPort),
        NEXTAUTH_URL: appUrl,
        SESSION_SECRET: e2eSessionSecret,
        RESCALE_PLATFORMS: `${sandboxRegion}=${sandboxUrl},${unreachableRegion}=${unreachableUrl}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
