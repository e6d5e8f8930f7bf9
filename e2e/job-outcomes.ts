import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Every finished job in the jobs table says how it ended: the browser's outcome lookups
 * for the page are done. Wait for this before changing what those lookups would meet
 * (a revoked key, a call count), since they start right after the table appears.
 */
export async function expectOutcomesShown(page: Page): Promise<void> {
  await expect(
    page.getByRole('table').locator('[data-tone="neutral"]', { hasText: 'Completed' }),
  ).toHaveCount(0);
}
