/**
 * The variables that shape how the server runs rather than what it serves: how long a
 * SIGTERM drain may last and how much it logs. Parsed apart from `process.env` so they
 * can be tested; `lib/config/env.ts` checks them at start. Every error names the variable.
 */

export const DEFAULT_SHUTDOWN_GRACE_SECONDS = 25;
/** Beyond an hour a stuck drain is a hung process, not a patient one. */
const MAX_SHUTDOWN_GRACE_SECONDS = 3600;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `SHUTDOWN_GRACE_S`: whole seconds that requests in flight may take after SIGTERM; 25 when unset. */
export function parseShutdownGraceSeconds(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_SHUTDOWN_GRACE_SECONDS;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < 0 || value > MAX_SHUTDOWN_GRACE_SECONDS) {
    throw new Error(
      `SHUTDOWN_GRACE_S must be a whole number of seconds from 0 to ${MAX_SHUTDOWN_GRACE_SECONDS}, not "${raw}".`,
    );
  }
  return value;
}

/** `LOG_LEVEL`: one of pino's levels; `info` when unset. */
export function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw.trim() === '') return 'info';
  const level = raw.trim().toLowerCase();
  const known = LOG_LEVELS.find((candidate) => candidate === level);
  if (!known) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}".`);
  return known;
}
