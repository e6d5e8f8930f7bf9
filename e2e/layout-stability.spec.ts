import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * What a reader is looking at, or about to click, stays where it is while the rest of the
 * page arrives: a placeholder keeps the place of what replaces it, and the server's drawing
 * of a section stays on screen until its script takes it over.
 */

/** The chart's call: every run of the job at once, where the table asks for a page of 20. */
const isChartRunsCall = (url: URL) =>
  url.pathname === '/api/rescale/v2/jobs/AIRfoL/runs/' && url.searchParams.get('page_size') !== '20';

test('the runs table does not move when the chart above it arrives', async ({ signedInPage: page }) => {
  let releaseChart = () => {};
  const chartHeld = new Promise<void>((resolve) => (releaseChart = resolve));
  await page.route(isChartRunsCall, async (route) => {
    await chartHeld;
    await route.continue();
  });
  await page.goto('/jobs/AIRfoL');
  await page.getByRole('navigation', { name: 'Job sections' }).getByRole('link', { name: 'Runs' }).click();
  const table = page.getByTestId('runs-table');
  await expect(table).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading chart' })).toBeVisible();
  const before = await table.boundingBox();

  releaseChart();
  await expect(page.getByRole('img', { name: 'Cd against x_velocity for 120 runs' })).toBeVisible();
  const after = await table.boundingBox();
  expect(
    Math.abs(after!.y - before!.y),
    `the table moved from ${before!.y} to ${after!.y}`,
  ).toBeLessThanOrEqual(1);
});

/**
 * Sections taken off the screen from the page's first byte on, by their opening words. React
 * streams a section that is ready late into a hidden element and then moves it into place;
 * leaving that hidden element is not leaving the screen.
 */
async function recordRemovedSections(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.assign(window, { removedSections: removed });
    new MutationObserver((records) => {
      for (const { target, removedNodes } of records) {
        if (target instanceof Element && target.closest('[hidden]')) continue;
        for (const node of removedNodes) {
          if (node instanceof Element && (node.matches('section') || node.querySelector('section'))) {
            removed.push((node.textContent ?? '').slice(0, 40));
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { removedSections: string[] }).removedSections);
}

test('the new-job form keeps the server’s sections on screen while its script takes over', async ({
  signedInPage: page,
}) => {
  // As on a modest laptop: the sections' code arrives after the form has looked for a draft.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const removedSections = await recordRemovedSections(page);

  await page.goto('/jobs/new');
  await expect(page.getByRole('textbox', { name: 'Job name' })).toBeEnabled();
  await expect(page.getByRole('group', { name: 'Software to run' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(await removedSections()).toEqual([]);
});
