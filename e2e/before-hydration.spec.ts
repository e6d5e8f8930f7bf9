import type { Browser, Locator, Page } from '@playwright/test';
import { expect, signInThroughApi, test, users } from './fixtures';
import { expectSameDocument, markDocument } from './same-document';

/**
 * On a slow laptop a page is on screen seconds before its script runs. A control whose
 * work is done by the script (a page size, a search, a sort, a tick, a copy, "Download run N
 * as zip", "Export CSV", the new-job form, a failure's Try again) is disabled until then, so
 * that nothing a user does meanwhile is silently lost; once the script runs, it works. With
 * the app's script chunks never arriving, a page shows that first state for good (the
 * document's own inline scripts still reveal streamed content).
 */

type Control = {
  path: string;
  /** Sandbox faults in force while the page loads, for a control that only a failure shows. */
  faults?: Record<string, unknown>;
  labels: Array<(page: Page) => Locator>;
};

const controls: Control[] = [
  {
    path: '/jobs',
    labels: [
      (page) => page.getByLabel('Jobs per page'),
      (page) => page.getByLabel('Search jobs by name'),
      (page) => page.getByRole('checkbox', { name: 'Select all jobs on this page' }),
      (page) => page.getByRole('columnheader', { name: /^Created/ }).getByRole('button'),
      (page) =>
        page
          .getByRole('button', { name: /^Copy job id / })
          .filter({ visible: true })
          .first(),
    ],
  },
  {
    path: '/jobs',
    faults: { errorRate: 1, errorStatus: 503, paths: '/api/v2/jobs/' },
    labels: [(page) => page.getByRole('alert').getByRole('button', { name: 'Try again' })],
  },
  { path: '/files', labels: [(page) => page.getByLabel('Files per page')] },
  {
    path: '/jobs/AIRfoL?tab=files',
    labels: [
      (page) => page.getByRole('checkbox', { name: 'Select all files on this page' }),
      (page) => page.getByLabel('Search output files'),
    ],
  },
  {
    path: '/jobs/AIRfoL?tab=runs&run=1',
    labels: [
      (page) => page.getByRole('button', { name: /^Download run \d+ as zip$/ }),
      (page) => page.getByRole('button', { name: 'Copy link' }),
      (page) => page.getByRole('button', { name: 'Export CSV' }),
    ],
  },
  {
    path: '/jobs/new',
    // The new-job form is drawn by the server; a stored draft would replace what is typed before the script runs.
    labels: [
      (page) => page.getByLabel('Job name'),
      (page) => page.getByLabel('Search software'),
      (page) => page.getByRole('button', { name: 'Save and submit' }),
    ],
  },
];

/** A page signed in as Ada whose app script chunks never arrive, closed after `use`. */
async function withoutScripts(browser: Browser, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  await context.route('**/_next/static/chunks/**', (route) => route.abort());
  try {
    const page = await context.newPage();
    await signInThroughApi(page, users.ada);
    await use(page);
  } finally {
    await context.close();
  }
}

test('controls that only a script can serve are disabled until it runs, then work', async ({
  browser,
  page,
  sandbox,
}) => {
  async function open(target: Page, { path, faults = {} }: Control) {
    await sandbox.setFaults(faults);
    await target.goto(path);
  }

  await withoutScripts(browser, async (still) => {
    for (const control of controls) {
      const { path, labels } = control;
      await open(still, control);
      for (const label of labels) await expect(label(still), `${path} before its script runs`).toBeDisabled();
    }
  });

  await signInThroughApi(page, users.ada);
  for (const control of controls) {
    const { path, labels } = control;
    await open(page, control);
    for (const label of labels) await expect(label(page), `${path} once its script has run`).toBeEnabled();
  }
});

const noMatch = ['/jobs?search=no-such-job-anywhere', '/files?search=no-such-file-anywhere'];

test('Clear the search is a link: the browser follows it before the script runs, the page in place after', async ({
  browser,
  page,
  sandbox: _reset,
}) => {
  await withoutScripts(browser, async (still) => {
    for (const path of noMatch) {
      await still.goto(path);
      await still.getByRole('link', { name: 'Clear the search' }).click();
      await expect(still).toHaveURL((url) => !url.searchParams.has('search'));
      await expect(still.getByRole('link', { name: 'Clear the search' })).toHaveCount(0);
    }
  });

  await signInThroughApi(page, users.ada);
  for (const path of noMatch) {
    await page.goto(path);
    const clear = page.getByRole('link', { name: 'Clear the search' });
    await expect(clear).toBeVisible();
    await markDocument(page);
    await clear.click();
    await expect(page).toHaveURL((url) => !url.searchParams.has('search'));
    await expect(page.getByRole('table')).toBeVisible();
    await expectSameDocument(page);
  }
});
