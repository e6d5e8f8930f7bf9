import type { Locator, Page } from '@playwright/test';
import { unhandledErrors } from '../scripts/server-log';
import { expect, signInThroughForm, test, users, type SandboxControl } from './fixtures';

/**
 * Every page against every fault the sandbox can make: the page says in words what
 * happened, keeps what was typed, and recovers by itself once the fault is cleared. The
 * browser's clock is installed so that the pages' own retry timers can be run forward
 * instead of waited for. Neither the browser nor the app server may meet an error that
 * nothing handled: the page's console and the server's log are both read.
 */

type Scene = {
  path: string;
  /** The sandbox fault applies to API paths containing this. */
  apiPath: string;
  /** Visible once the page shows its data. */
  ready: (page: Page) => Locator;
  /** A field the user fills before the fault, which must hold its value throughout. */
  typed?: { label: string; value: string };
  /** The page polls by itself, so its own calls meet a revoked key without a reload. */
  polls?: true;
};

type Fault = {
  name: string;
  start: (sandbox: SandboxControl, apiPath: string) => Promise<void>;
  /** What the page says while the fault lasts (or, for latency, while it waits). */
  words: RegExp;
  clear: (sandbox: SandboxControl) => Promise<void>;
};

const scenes: Scene[] = [
  {
    path: '/jobs',
    apiPath: '/api/v2/jobs/',
    ready: (page) => page.getByText('520 jobs'),
    polls: true,
  },
  {
    path: '/jobs/AIRfoL',
    apiPath: '/api/v2/jobs/AIRfoL/',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'Airfoil 2D DOE sweep' }),
  },
  {
    path: '/files',
    apiPath: '/api/v2/files/',
    ready: (page) => page.getByRole('table', { name: 'Your files' }),
  },
  {
    path: '/jobs/new',
    apiPath: '/api/v2/analyses/',
    ready: (page) => page.getByLabel('Search software'),
    typed: { label: 'Job name', value: 'Wing sweep, typed before the fault' },
  },
];

const clearFaults = (sandbox: SandboxControl) => sandbox.setFaults({});

const faults: Fault[] = [
  {
    // Long enough to be seen: on two busy cores the runner itself has taken 1.7 s to start
    // looking after the reload, and a 3 s wait was over by then.
    name: 'latency 8 s',
    start: (sandbox, paths) => sandbox.setFaults({ latencyMs: 8_000, paths }),
    words: /Loading/,
    clear: clearFaults,
  },
  {
    name: '503',
    start: (sandbox, paths) => sandbox.setFaults({ errorRate: 1, errorStatus: 503, paths }),
    words: /503/,
    clear: clearFaults,
  },
  {
    name: '504',
    start: (sandbox, paths) => sandbox.setFaults({ errorRate: 1, errorStatus: 504, paths }),
    words: /504/,
    clear: clearFaults,
  },
  {
    name: 'reset mid-body',
    start: (sandbox, paths) => sandbox.setFaults({ resetMidBody: true, paths }),
    words: /cut off/,
    clear: clearFaults,
  },
  {
    name: '429 with Retry-After',
    start: async (sandbox) => {
      await sandbox.setLimits({ '*': { limit: 1, windowSeconds: 20 } });
      await sandbox.api(users.ada, 'GET', 'v2/jobs/');
      await sandbox.api(users.ada, 'GET', 'v2/users/me/');
    },
    // The jobs list words it itself; elsewhere the platform's own "Request was throttled".
    words: /limiting requests|throttled/,
    clear: (sandbox) => sandbox.setLimits({ '*': 1_000_000 }),
  },
];

/** Words on screen, or the accessible name of a status (a skeleton's "Loading job"). */
function saying(page: Page, words: RegExp): Locator {
  return page
    .getByText(words)
    .or(page.getByRole('status', { name: words }))
    .first();
}

/** Runs the page's clock forward until it shows its data again: its own retries do the work. */
async function expectRecovery(page: Page, scene: Scene): Promise<void> {
  await expect(async () => {
    await page.clock.fastForward(10_000);
    await expect(scene.ready(page)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
}

/**
 * A page that polls finds a revoked key by itself and takes the user to sign-in. A reload
 * would race that navigation (and be aborted by it), so the page's clock is run forward
 * until its own calls get there; a page that does not poll is reloaded.
 */
async function revisitAfterRevocation(page: Page, scene: Scene): Promise<void> {
  if (!scene.polls) {
    await page.reload();
    return;
  }
  await expect(async () => {
    await page.clock.fastForward(10_000);
    await expect(page).toHaveURL(/\/sign-in\?/, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
}

async function expectTypedKept(page: Page, scene: Scene): Promise<void> {
  if (scene.typed) await expect(page.getByLabel(scene.typed.label)).toHaveValue(scene.typed.value);
}

/** Unhandled errors in the page; failed requests are what the faults are for, so they do not count. */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}

test.describe.configure({ timeout: 180_000 });

for (const scene of scenes) {
  test(`${scene.path} says what happened under each fault, keeps what was typed, and recovers`, async ({
    page,
    sandbox,
    signIn,
    serverLog,
  }) => {
    const errors = watchPageErrors(page);
    const logStart = serverLog.mark();
    await page.clock.install();
    await signIn(page, users.ada);
    await page.goto(scene.path);
    await expect(scene.ready(page)).toBeVisible();
    if (scene.typed) await page.getByLabel(scene.typed.label).fill(scene.typed.value);

    for (const fault of faults) {
      await test.step(fault.name, async () => {
        await fault.start(sandbox, scene.apiPath);
        await page.reload({ waitUntil: 'commit' });
        await expect(saying(page, fault.words)).toBeVisible({ timeout: 15_000 });
        await expectTypedKept(page, scene);
        await fault.clear(sandbox);
        await expectRecovery(page, scene);
        await expectTypedKept(page, scene);
      });
    }

    await test.step('revoked key', async () => {
      await sandbox.revoke(users.ada.key);
      await revisitAfterRevocation(page, scene);
      await expect(page).toHaveURL(/\/sign-in\?.*reason=revoked/);
      await expect(page.getByText(/Rescale no longer accepts the stored key/)).toBeVisible();
      await sandbox.reset();
      await signInThroughForm(page, users.ada);
      await expect(page).toHaveURL(new RegExp(`${scene.path}$`));
      await expect(scene.ready(page)).toBeVisible();
      await expectTypedKept(page, scene);
    });

    expect(errors).toEqual([]);
    expect(unhandledErrors(await serverLog.since(logStart))).toEqual([]);
  });
}
