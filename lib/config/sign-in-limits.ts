import { ConfigError, type Environment } from './session-config';

/**
 * The sign-in throttle's configuration, parsed from an environment and kept free of
 * `process.env` so it can be tested on its own. Every error names the variable to fix.
 */

export type SignInLimits = {
  /** Failed sign-ins one client address may make within the window. */
  maxFailures: number;
  windowSeconds: number;
  /** Reverse proxies in front of the app that append the address they saw to X-Forwarded-For. */
  trustedProxies: number;
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  trustedProxies: 0,
};

const DURATION = /^(\d+)\s*(s|m|h|d)?$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function wholeNumber(env: Environment, variable: string, fallback: number, min: number): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new ConfigError(variable, `${variable} "${raw}" must be a whole number of at least ${min}.`);
  }
  return Number(raw);
}

function duration(env: Environment, variable: string, fallback: number): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  const match = DURATION.exec(raw);
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[(match[2] ?? 's').toLowerCase()] ?? 1) : 0;
  if (seconds < 1) {
    throw new ConfigError(
      variable,
      `${variable} "${raw}" is not a duration; use seconds or a number with s, m, h or d (e.g. "15m").`,
    );
  }
  return seconds;
}

export function readSignInLimits(env: Environment): SignInLimits {
  return {
    maxFailures: wholeNumber(env, 'SIGN_IN_MAX_FAILURES', DEFAULT_SIGN_IN_LIMITS.maxFailures, 1),
    windowSeconds: duration(env, 'SIGN_IN_WINDOW', DEFAULT_SIGN_IN_LIMITS.windowSeconds),
    trustedProxies: wholeNumber(env, 'TRUST_PROXY', DEFAULT_SIGN_IN_LIMITS.trustedProxies, 0),
  };
}
