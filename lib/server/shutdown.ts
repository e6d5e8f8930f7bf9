import 'server-only';
import { proxiedCallsInFlight } from './in-flight';
import { logger } from './logger';

/**
 * Graceful shutdown, on top of what Next's own server already does. On SIGTERM, `next
 * start` and the standalone `server.js` close their listener (no new connections) and
 * wait for every request in flight to end, downloads and uploads included, then exit
 * with 143 (node_modules/next/dist/server/lib/start-server.js). That drain has no end,
 * so this adds a deadline (`SHUTDOWN_GRACE_S`), marks the server as shutting down so
 * readiness answers 503 at once, and ends a drain that completed with 0: the server
 * stopped as asked, which supervisors should not count as a crash.
 *
 * The state lives on `globalThis`: this module runs in the instrumentation bundle, and
 * the health route reads it from its own bundle.
 */
const STATE = Symbol.for('rescale-dashboard.shutdown');
type Holder = { [STATE]?: { installed: boolean; since: number | null } };
const holder = globalThis as Holder;

function state(): { installed: boolean; since: number | null } {
  holder[STATE] ??= { installed: false, since: null };
  return holder[STATE];
}

export function isShuttingDown(): boolean {
  return state().since !== null;
}

/** Next's exit code after a drain that SIGTERM started (128 + 15). */
const NEXT_SIGTERM_EXIT = 143;

export function installGracefulShutdown(graceSeconds: number): void {
  const current = state();
  if (current.installed) return;
  current.installed = true;
  process.once('SIGTERM', () => {
    current.since = Date.now();
    logger.info(
      { graceSeconds, proxiedCallsInFlight: proxiedCallsInFlight() },
      'SIGTERM: no new connections; requests in flight may finish',
    );
    process.on('exit', (code) => {
      if (code === NEXT_SIGTERM_EXIT) process.exitCode = 0;
    });
    setTimeout(() => {
      logger.warn(
        { graceSeconds, proxiedCallsInFlight: proxiedCallsInFlight() },
        'shutdown grace period over: exiting with requests still in flight',
      );
      process.exit(0);
    }, graceSeconds * 1000).unref();
  });
}
