import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** OpenFOAM's default version, on Marble with 2 cores per slot and 2 slots: what most launch tests run. */
export async function chooseOpenFoamOnMarble(page: Page): Promise<void> {
  await page.getByLabel('Search software').fill('foam');
  await page.getByRole('radio', { name: /^OpenFOAM/ }).check();
  await expect(page.getByLabel('Version', { exact: true })).toHaveValue('v2312-openmpi');
  await page.getByRole('radio', { name: /^Marble/ }).check();
  await page.getByLabel('Cores per slot').selectOption('2');
  await page.getByLabel('Slots', { exact: true }).fill('2');
}

/** Fills the open new-job form: its name, OpenFOAM on Marble, and the command. */
export async function fillNewJob(
  page: Page,
  { name, command }: { name: string; command: string },
): Promise<void> {
  await page.getByLabel('Job name').fill(name);
  await chooseOpenFoamOnMarble(page);
  await page.getByRole('textbox', { name: 'Command' }).fill(command);
}
