import type { Page } from '@playwright/test';
import { expect, seriousViolations } from './fixtures';

/**
 * The rules whose outcome the colour scheme can change. The dark scheme changes colours and
 * nothing else (no `dark:` variant shows or hides an element), so every other rule's
 * outcome is the light scheme's, and running them again cost a third of each dark check.
 */
const COLOUR_RULES = ['color-contrast'];

/** No serious or critical violation in the light scheme or the dark one; leaves the page light. */
export async function expectAccessibleInBothSchemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours ease into the new scheme (`transition-colors`): measured mid-way, a button's
    // text is neither scheme's and its contrast is nobody's.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    );
    const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
    expect(await seriousViolations(page, rules), `${colorScheme} scheme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The sizes every check of the first items runs at: a desktop window and a phone. */
export const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1400, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
