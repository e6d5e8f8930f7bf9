import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.describe('a DOE job’s runs', () => {
  test('order by any variable from the column header, lowest first then highest, across all runs', async ({
    signedInPage: page,
  }) => {
    await page.goto('/jobs/AIRfoL?tab=runs');
    const table = page.getByTestId('runs-table');
    const cdCells = async () => {
      const header = await table.locator('thead th').allInnerTexts();
      const column = header.findIndex((text) => text.startsWith('Cd'));
      const cells = await table.locator(`tbody tr > :nth-child(${column + 1})`).allInnerTexts();
      return cells.map(Number);
    };

    await table.getByRole('link', { name: 'Cd', exact: true }).click();
    await expect(page).toHaveURL(/[?&]rsort=Cd(&|$)/);
    await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/^Cd/);
    const ascending = await cdCells();
    expect(ascending.length).toBe(20);
    expect([...ascending].sort((a, b) => a - b)).toEqual(ascending);

    await table.getByRole('link', { name: 'Cd', exact: true }).click();
    await expect(page).toHaveURL(/[?&]rsort=-Cd(&|$)/);
    await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/^Cd/);
    const descending = await cdCells();
    expect([...descending].sort((a, b) => b - a)).toEqual(descending);
    // The lowest of all 120 runs heads the ascending order, not the lowest of the first page.
    expect(Math.min(...ascending)).toBeLessThan(Math.min(...descending));

    await page.reload();
    await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/^Cd/);
  });

  test('export as CSV with every run and its variables', async ({ signedInPage: page }) => {
    await page.goto('/jobs/AIRfoL?tab=runs');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('AIRfoL-runs.csv');
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Run,Started,Completed,.*\bCd\b/);
    expect(lines).toHaveLength(121);
  });
});
