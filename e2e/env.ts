import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the end-to-end run finds its servers. Each Playwright worker gets a stack of its
 * own, an app and a sandbox, so that a test's sandbox clock, faults and counters are
 * touched by no other test running at the same time. Worker `i` uses the ports
 * E2E_APP_PORT + i and E2E_SANDBOX_PORT + i; parallel runs pick their own bases.
 */

export const stackCount = Math.max(1, Number(process.env.E2E_STACKS ?? 2));
const appPortBase = Number(process.env.E2E_APP_PORT ?? 3000);
const sandboxPortBase = Number(process.env.E2E_SANDBOX_PORT ?? 4010);

export type Stack = {
  appPort: number;
  appUrl: string;
  sandboxPort: number;
  sandboxUrl: string;
  /** Where the app server copies its output (scripts/server-log.ts); specs read it through `serverLog`. */
  serverLogFile: string;
};

/** The stack of the worker with this parallel index (`testInfo.parallelIndex`). */
export function stackOf(index: number): Stack {
  const appPort = appPortBase + index;
  const sandboxPort = sandboxPortBase + index;
  return {
    appPort,
    appUrl: `http://127.0.0.1:${appPort}`,
    sandboxPort,
    sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
    // Named by port, so that parallel runs keep theirs apart.
    serverLogFile: join(tmpdir(), `rescale-dashboard-e2e-app-${appPort}.log`),
  };
}

/** The host every stack listens on: cookies are host-only, so they name it. */
export const appHost = '127.0.0.1';

/** The region id the app is configured with for the run (RESCALE_PLATFORMS). */
export const sandboxRegion = 'sandbox';

/** A second configured region where nothing listens, for the unreachable-region message. */
export const unreachableRegion = 'offline';
export const unreachableUrl = 'http://127.0.0.1:9';

/** A fixed secret for the test server only; production refuses to start without its own. */
export const e2eSessionSecret = process.env.E2E_SESSION_SECRET ?? 'e2e-only-session-secret-0123456789abcdef';
