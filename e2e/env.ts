import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the end-to-end run finds its two servers. Each developer (and CI) picks ports
 * with E2E_APP_PORT and E2E_SANDBOX_PORT so that parallel runs do not collide.
 */

export const appPort = Number(process.env.E2E_APP_PORT ?? 3000);
export const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4010);
export const appUrl = `http://127.0.0.1:${appPort}`;
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;

/**
 * The live-updates spec measures call rates over real minutes. It gets a stack of its own
 * (the next port up) so that it runs beside the other specs instead of after them, its
 * sandbox clock and counters untouched by theirs.
 */
export const liveAppPort = appPort + 1;
export const liveSandboxPort = sandboxPort + 1;
export const liveAppUrl = `http://127.0.0.1:${liveAppPort}`;
export const liveSandboxUrl = `http://127.0.0.1:${liveSandboxPort}`;

/**
 * Where each stack's app server copies its output (scripts/server-log.ts), named by its
 * port so that parallel runs keep theirs apart; specs read it through the `serverLog` fixture.
 */
export const appLogFile = (port: number) => join(tmpdir(), `rescale-dashboard-e2e-app-${port}.log`);

/** The region id the app is configured with for the run (RESCALE_PLATFORMS). */
export const sandboxRegion = 'sandbox';

/** A second configured region where nothing listens, for the unreachable-region message. */
export const unreachableRegion = 'offline';
export const unreachableUrl = 'http://127.0.0.1:9';

/** A fixed secret for the test server only; production refuses to start without its own. */
export const e2eSessionSecret = process.env.E2E_SESSION_SECRET ?? 'e2e-only-session-secret-0123456789abcdef';
