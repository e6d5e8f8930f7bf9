import 'server-only';
import type { LoggerInstance } from 'next-auth';
import type { Logger } from 'pino';
import { logger as appLogger } from '../server/logger';

/**
 * next-auth reports through the app's one logger instead of `console.error` with a stack.
 * A session cookie that no longer opens (signed out, revoked, expired, tampered) is an
 * outcome the app handles by sending the browser to sign-in, so it is a warning, not an
 * error. Only an error's name and code go out: its message or metadata could quote a
 * request. https://next-auth.js.org/configuration/options#logger
 */
const ENDED_SESSION_CODES = new Set(['JWT_SESSION_ERROR']);

function errorName(metadata: unknown): string | undefined {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  return error instanceof Error ? error.name : undefined;
}

export function nextAuthLogger(log: Logger = appLogger): Partial<LoggerInstance> {
  return {
    error(code, metadata) {
      const entry = { event: 'next-auth', code, error: errorName(metadata) };
      if (ENDED_SESSION_CODES.has(code)) log.warn(entry, 'a session cookie that no longer opens was refused');
      else log.error(entry, 'next-auth reported an error');
    },
    warn(code) {
      log.warn({ event: 'next-auth', code }, 'next-auth warning');
    },
    debug() {},
  };
}
