import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { SERVER_LOG_FILE_VARIABLE } from './scripts/server-log';
import {
  e2eSessionSecret,
  sandboxRegion,
  stackCount,
  stackOf,
  unreachableRegion,
  unreachableUrl,
  type Stack,
} from './e2e/env';

/**
 * End-to-end tests in Debian's Chromium against the production build (`npm run build`
 * first; this config builds nothing) and the sandbox, on a frozen clock that tests
 * advance. Each worker has a stack of its own (e2e/env.ts): its sandbox clock and data are
 * shared by that worker's tests only, so specs run side by side without touching each
 * other's state. E2E_STACKS sets how many (2 by default, one per core).
 */

const ci = Boolean(process.env.CI);

const chromium = {
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
};

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }>;

function servers({ appPort, appUrl, sandboxPort, sandboxUrl, serverLogFile }: Stack): WebServer[] {
  return [
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
        // A spec names its own client address in X-Forwarded-For, as a proxy would, so that
        // its rejected keys count apart from the others'; three of them reach the limit.
        TRUST_PROXY: '1',
        SIGN_IN_MAX_FAILURES: '3',
        // Its output, copied line by line, for specs that check what the server logged.
        [SERVER_LOG_FILE_VARIABLE]: serverLogFile,
      },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ];
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: stackCount,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...chromium,
    // Recording a trace took about a quarter of every test's time on two cores (27 tests:
    // 127 s with `retain-on-failure`, 97 s without); a failure's retry records one instead.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  webServer: Array.from({ length: stackCount }, (_, index) => servers(stackOf(index))).flat(),
});
