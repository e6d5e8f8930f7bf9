import 'server-only';
import pino, { type Logger } from 'pino';

/**
 * The app's one logger: JSON lines on stdout, level from `LOG_LEVEL` (default `info`).
 * Callers log facts they chose (a resource family, a status, a short key hash), never a
 * raw request: the redaction below is a second net, not the first.
 */
export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      'key',
      'apiKey',
      'password',
      'cookie',
      'authorization',
      'headers.cookie',
      'headers.authorization',
      '*.key',
      '*.apiKey',
      '*.cookie',
      '*.authorization',
    ],
    censor: '[redacted]',
  },
});
