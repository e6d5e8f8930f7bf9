import type { BrowserContext } from '@playwright/test';

/** Browser milliseconds per real millisecond while the clock is hurried. */
const SPEED = 10;
const TICK_MS = 100;

/**
 * Runs `during` with the clock of every page in `context` going ten times faster than real
 * time: a test that waits for what the live scheduler's next poll brings waits a second or
 * two, not the scheduler's interval of up to 15 s. Playwright's clock is installed before
 * any page of the context loads; the sandbox clock stays the test's to move.
 */
export async function withHurriedClock(context: BrowserContext, during: () => Promise<void>): Promise<void> {
  await context.clock.install();
  let running = true;
  const ticking = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      if (running) await context.clock.fastForward(TICK_MS * (SPEED - 1));
    }
  })();
  try {
    await during();
  } finally {
    running = false;
    await ticking;
  }
}
