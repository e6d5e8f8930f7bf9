import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The shortcuts are the script's: a key pressed before the page has hydrated is not heard. */
async function openJobs(page: Page): Promise<void> {
  await page.goto('/jobs');
  await expect(page.getByLabel('Search jobs by name')).toBeEnabled();
}

async function openPalette(page: Page) {
  await openJobs(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  return { palette, input: palette.getByRole('combobox') };
}

test.describe('keyboard', () => {
  test('/ focuses the search and ? lists the shortcuts until Escape', async ({ signedInPage: page }) => {
    await openJobs(page);
    await page.locator('body').press('/');
    await expect(page.getByLabel('Search jobs by name')).toBeFocused();

    await page.getByLabel('Search jobs by name').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Open the command palette');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('Ctrl-K jumps to a job by id, and then offers it among the recent jobs', async ({
    signedInPage: page,
  }) => {
    const { palette, input } = await openPalette(page);
    await expect(input).toBeFocused();
    await expect(palette.getByRole('option')).toHaveText([/^Jobs/, /^Files/, /^New job/]);

    await input.fill('AIRfoL');
    await expect(palette.getByRole('option').first()).toContainText('Open job ‘AIRfoL’');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/jobs\/AIRfoL$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Airfoil 2D DOE sweep');

    await page.keyboard.press('Control+k');
    await expect(palette.getByRole('option', { name: /Airfoil 2D DOE sweep/ })).toContainText('Recent');
    await palette.getByRole('combobox').fill('files');
    await expect(palette.getByRole('option')).toHaveText([/^Files/]);
    await palette.getByRole('combobox').press('Enter');
    await expect(page).toHaveURL(/\/files$/);
  });

  test('the palette finds jobs by name with the platform search, says when nothing matches, and keeps focus inside', async ({
    signedInPage: page,
  }) => {
    const { palette, input } = await openPalette(page);
    await input.fill('Airfoil 2D');
    await expect(palette.getByRole('option', { name: /Airfoil 2D DOE sweep/ })).toBeVisible();
    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', /.+/);

    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await input.fill('zzzz no such job');
    await expect(palette.getByRole('status')).toHaveText(
      'No job, place or recent job matches ‘zzzz no such job’.',
    );
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
  });
});
