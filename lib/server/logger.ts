import 'server-only';
import pino, { type DestinationStream, type Logger } from 'pino';
import { parseLogLevel } from '@/lib/config/runtime-config';

/**
 * The app's one logger: JSON lines on stdout, level from `LOG_LEVEL` (default `info`).
 * Callers log facts they chose (a resource family, a status, a short key hash), never a
 * raw request: the redaction below is a second net, not the first. `createLogger` takes
 * another destination for tests that read what would be written.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: parseLogLevel(process.env.LOG_LEVEL),
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
    },
    destination,
  );
}

export const logger: Logger = createLogger();
