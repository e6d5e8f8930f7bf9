/**
 * The app server's output as a file, so that a test can see what the server logged while
 * it ran. `scripts/start-standalone.ts` copies every line the server writes (stdout, where
 * pino writes, and stderr, where Next writes the errors it catches) to the file named by
 * `SERVER_LOG_FILE`; a test marks where the file ends, acts, and reads the lines since.
 */
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export const SERVER_LOG_FILE_VARIABLE = 'SERVER_LOG_FILE';

/**
 * Copies whole lines from each stream to `file`, emptied first: lines from stdout and
 * stderr may interleave, but never within a line. Settles once every stream has ended
 * and its lines are in the file.
 */
export function copyLines(file: string, streams: readonly Readable[]): Promise<void> {
  const out = createWriteStream(file, { flags: 'w' });
  const ended = streams.map(
    (stream) =>
      new Promise<void>((resolve) => {
        const lines = createInterface({ input: stream, crlfDelay: Infinity });
        lines.on('line', (line) => out.write(`${line}\n`));
        lines.on('close', resolve);
      }),
  );
  return Promise.all(ended).then(() => new Promise<void>((resolve) => out.end(resolve)));
}

/** pino's numeric level for `error`; `fatal` is above it. */
const PINO_ERROR = 50;

/**
 * What Next and Node write, outside pino, when an error reached them unhandled: a stack
 * frame, an `Error:` message, Next's `⨯` marker, next-auth's error logger.
 */
const RAW_ERROR_LINES: readonly RegExp[] = [
  /^\s+at\s/,
  /\b\w*Error(?: \[\w+\])?:/,
  /⨯/,
  /\[next-auth\]\[error\]/,
];

function pinoLevel(line: string): number | null {
  if (!line.startsWith('{')) return null;
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry === 'object' && entry !== null && 'level' in entry && typeof entry.level === 'number') {
      return entry.level;
    }
  } catch {
    // Not JSON after all: judged as a raw line below.
  }
  return null;
}

/**
 * The lines that show an error nobody handled. The app logs every outcome it handles
 * (a failed upstream call, a browser that went away) at `warn` or below, so any pino line
 * at `error` or above counts, as does a raw line that looks like a stack trace or an error.
 */
export function unhandledErrors(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const level = pinoLevel(line);
    if (level !== null) return level >= PINO_ERROR;
    return RAW_ERROR_LINES.some((pattern) => pattern.test(line));
  });
}

export type ServerLogMark = { file: string; offset: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ServerLog {
  constructor(readonly file: string) {}

  /** Where the log ends now. Fails when the server was not started with `SERVER_LOG_FILE`. */
  mark(): ServerLogMark {
    if (!existsSync(this.file)) {
      throw new Error(
        `No server log at ${this.file}: start the app with scripts/start-standalone.ts and ${SERVER_LOG_FILE_VARIABLE} set.`,
      );
    }
    return { file: this.file, offset: statSync(this.file).size };
  }

  /**
   * The lines written since `mark`, once the file has stopped growing for a moment: the
   * server's last lines may still be on their way through the pipe when a test ends.
   */
  async since(mark: ServerLogMark, { settleMs = 300, maxWaitMs = 3_000 } = {}): Promise<string[]> {
    const deadline = Date.now() + maxWaitMs;
    let size = statSync(this.file).size;
    for (;;) {
      await sleep(settleMs);
      const next = statSync(this.file).size;
      if (next === size || Date.now() > deadline) break;
      size = next;
    }
    const text = readFileSync(this.file).subarray(mark.offset).toString('utf8');
    return text.split('\n').filter((line) => line.trim() !== '');
  }
}
