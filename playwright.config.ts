import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { SERVER_LOG_FILE_VARIABLE } from './scripts/server-log';
import {
  appLogFile,
  appPort,
  appUrl,
  e2eSessionSecret,
  liveAppPort,
  liveAppUrl,
  liveSandboxPort,
  liveSandboxUrl,
  sandboxPort,
  sandboxRegion,
  sandboxUrl,
  unreachableRegion,
  unreachableUrl,
} from './e2e/env';
import type { Options } from './e2e/fixtures';

/**
 * End-to-end tests in Debian's Chromium against the production build (`npm run build`
 * first; this config builds nothing) and the sandbox, on a frozen clock that tests
 * advance. Two stacks run side by side: one for every spec but the live-updates one,
 * which moves its sandbox's clock by minutes and gets a stack of its own. Within a
 * stack, one worker: its sandbox clock and data are shared by its tests.
 */

const ci = Boolean(process.env.CI);
const LIVE_SPEC = /live-updates\.spec\.ts$/;

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

function stack(app: { port: number; url: string }, sandbox: { port: number; url: string }): WebServer[] {
  return [
    {
      command: 'npx tsx sandbox/main.ts',
      url: `${sandbox.url}/_sandbox/users`,
      env: {
        SANDBOX_HOST: '127.0.0.1',
        SANDBOX_PORT: String(sandbox.port),
        SANDBOX_TIME_SCALE: '0',
      },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node --import tsx scripts/start-standalone.ts',
      url: `${app.url}/sign-in`,
      env: {
        HOSTNAME: '127.0.0.1',
        PORT: String(app.port),
        NEXTAUTH_URL: app.url,
        SESSION_SECRET: e2eSessionSecret,
        RESCALE_PLATFORMS: `${sandboxRegion}=${sandbox.url},${unreachableRegion}=${unreachableUrl}`,
        NEXT_TELEMETRY_DISABLED: '1',
        // A spec names its own client address in X-Forwarded-For, as a proxy would, so that
        // its rejected keys count apart from the others'; three of them reach the limit.
        TRUST_PROXY: '1',
        SIGN_IN_MAX_FAILURES: '3',
        // Its output, copied line by line, for specs that check what the server logged.
        [SERVER_LOG_FILE_VARIABLE]: appLogFile(app.port),
      },
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ];
}

export default defineConfig<Options>({
  testDir: './e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: LIVE_SPEC,
      workers: 1,
      use: { ...chromium, baseURL: appUrl, sandboxUrl, serverLogFile: appLogFile(appPort) },
    },
    {
      name: 'live',
      testMatch: LIVE_SPEC,
      workers: 1,
      use: {
        ...chromium,
        baseURL: liveAppUrl,
        sandboxUrl: liveSandboxUrl,
        serverLogFile: appLogFile(liveAppPort),
      },
    },
  ],
  webServer: [
    ...stack({ port: appPort, url: appUrl }, { port: sandboxPort, url: sandboxUrl }),
    ...stack({ port: liveAppPort, url: liveAppUrl }, { port: liveSandboxPort, url: liveSandboxUrl }),
  ],
});
