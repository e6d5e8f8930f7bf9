import 'server-only';
import { randomBytes } from 'node:crypto';
import { readSessionConfig, type SessionConfig } from './session-config';
import { getPlatforms } from './platforms';
import { parseLogLevel, parseShutdownGraceSeconds } from './runtime-config';
import { readSecureCookies } from './cookie-security';
import { readSignInLimits, type SignInLimits } from './sign-in-limits';

/**
 * The validated server configuration, read once per process. A generated development
 * secret lives on `globalThis` so that the proxy and the route bundles, which hold
 * separate module instances, seal and unseal with the same one.
 */

const GENERATED = Symbol.for('rescale-dashboard.session-config');
type Holder = { [GENERATED]?: SessionConfig };

export function getSessionConfig(): SessionConfig {
  const holder = globalThis as Holder;
  const existing = holder[GENERATED];
  if (existing) return existing;
  const config = readSessionConfig(process.env, () => randomBytes(32).toString('base64url'));
  if (config.secretGenerated) {
    console.warn(
      'SESSION_SECRET is not set: sessions are sealed with a random secret for this process ' +
        'and end when it restarts. Set SESSION_SECRET (at least 32 characters) to keep them.',
    );
  }
  holder[GENERATED] = config;
  return config;
}

let signInLimits: SignInLimits | undefined;

/** SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW and TRUST_PROXY, read once per module instance. */
export function getSignInLimits(): SignInLimits {
  signInLimits ??= readSignInLimits(process.env);
  return signInLimits;
}

/** Validates every variable the server needs; called at start so bad configuration stops it. */
export function assertServerConfig(): void {
  getSessionConfig();
  getPlatforms();
  parseShutdownGraceSeconds(process.env.SHUTDOWN_GRACE_S);
  parseLogLevel(process.env.LOG_LEVEL);
  getSignInLimits();
  readSecureCookies(process.env);
}

/** For server start: a configuration error is printed, naming the variable, and the process ends. */
export function exitOnInvalidServerConfig(): void {
  try {
    assertServerConfig();
  } catch (error) {
    console.error(`Configuration error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
