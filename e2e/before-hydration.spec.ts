import type { Page } from '@playwright/test';
import { expect, signInThroughApi, test, users } from './fixtures';

/**
 * On a slow laptop a page is on screen seconds before its script runs. A control whose
 * work is done by the script (a page size, a search, a tick, "Download run N as zip", the
 * new-job form) is disabled until then, so that nothing a user does meanwhile is silently
 * lost; once the script runs, it works. With the app's script chunks never arriving, a page
 * shows that first state for good (the document's own inline scripts still reveal streamed
 * content).
 */

const controls = [
  { path: '/jobs', label: (page: Page) => page.getByLabel('Jobs per page') },
  { path: '/jobs', label: (page: Page) => page.getByLabel('Search jobs by name') },
  {
    path: '/jobs',
    label: (page: Page) => page.getByRole('checkbox', { name: 'Select all jobs on this page' }),
  },
  { path: '/files', label: (page: Page) => page.getByLabel('Files per page') },
  {
    path: '/jobs/AIRfoL?tab=files',
    label: (page: Page) => page.getByRole('checkbox', { name: 'Select all files on this page' }),
  },
  { path: '/jobs/AIRfoL?tab=files', label: (page: Page) => page.getByLabel('Search output files') },
  {
    path: '/jobs/AIRfoL?tab=runs&run=1',
    label: (page: Page) => page.getByRole('button', { name: /^Download run \d+ as zip$/ }),
  },
  // The new-job form is drawn by the server; a stored draft would replace what is typed before the script runs.
  { path: '/jobs/new', label: (page: Page) => page.getByLabel('Job name') },
  { path: '/jobs/new', label: (page: Page) => page.getByLabel('Search software') },
  { path: '/jobs/new', label: (page: Page) => page.getByRole('button', { name: 'Save and submit' }) },
];

test('controls that only a script can serve are disabled until it runs, then work', async ({
  browser,
  page,
  sandbox: _reset,
}) => {
  const withoutScript = await browser.newContext();
  await withoutScript.route('**/_next/static/chunks/**', (route) => route.abort());
  try {
    const still = await withoutScript.newPage();
    await signInThroughApi(still, users.ada);
    for (const { path, label } of controls) {
      await still.goto(path);
      await expect(label(still), `${path} before its script runs`).toBeDisabled();
    }
  } finally {
    await withoutScript.close();
  }

  await signInThroughApi(page, users.ada);
  for (const { path, label } of controls) {
    await page.goto(path);
    await expect(label(page), `${path} once its script has run`).toBeEnabled();
  }
});
