/**
 * Runs once when the server starts: invalid or missing configuration (a production
 * server without SESSION_SECRET, a malformed RESCALE_PLATFORMS) stops it here, with
 * the variable named, instead of failing on the first request. Methods no route serves
 * are refused from here on (lib/server/method-guard.ts), and SIGTERM gets its grace
 * period (lib/server/shutdown.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { exitOnInvalidServerConfig } = await import('./lib/config/env');
  exitOnInvalidServerConfig();
  const { refuseUnservedMethods } = await import('./lib/server/method-guard');
  refuseUnservedMethods();
  const { parseShutdownGraceSeconds } = await import('./lib/config/runtime-config');
  const { installGracefulShutdown } = await import('./lib/server/shutdown');
  installGracefulShutdown(parseShutdownGraceSeconds(process.env.SHUTDOWN_GRACE_S));
}
