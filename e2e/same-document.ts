import { expect, type Page } from '@playwright/test';

/** Set in the page: it survives client-side navigation and vanishes on any reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { e2eDocumentMarker: boolean }).e2eDocumentMarker = true;
  });
}

/** The page was not reloaded since `markDocument`. */
export async function expectSameDocument(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { e2eDocumentMarker?: boolean }).e2eDocumentMarker),
  ).toBe(true);
}
