import { expect, type Locator } from '@playwright/test';

/**
 * Waits until React has hydrated the element, so that a click or a change reaches its
 * handler. A page that has fired `load` may still be hydrating on a busy machine, and
 * an input used before then is lost or, for a checkbox, toggled behind React's back.
 * React keeps the props of each element it has hydrated on the element itself.
 */
export async function expectHydrated(element: Locator): Promise<void> {
  await expect
    .poll(
      () => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps$'))),
      // Lazily loaded panels hydrate once their chunk arrives: seconds on two busy cores.
      { message: 'hydrated by React', timeout: 30_000 },
    )
    .toBe(true);
}
