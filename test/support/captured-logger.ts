/** The app's logger writing into an array, for tests that read what would be logged. */
import './allow-server-only';

const { createLogger } = await import('../../lib/server/logger');

export function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
