import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { copyLines, ServerLog, unhandledErrors } from './server-log';

const folder = mkdtempSync(join(tmpdir(), 'server-log-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const pino = (level: number, msg: string) =>
  JSON.stringify({ level, time: '2026-12-02T06:00:00.000Z', msg, outcome: 'failed' });

describe('unhandledErrors', () => {
  it('counts pino lines at error or fatal, and not the warnings of handled outcomes', () => {
    const error = pino(50, 'boom');
    const fatal = pino(60, 'down');
    assert.deepEqual(unhandledErrors([pino(30, 'proxied call'), pino(40, 'proxied call'), error, fatal]), [
      error,
      fatal,
    ]);
  });

  it("counts Next's own report of an error a route handler did not handle, stack and all", () => {
    const report = [
      ' ⨯ Error: failed to pipe response',
      '    at th (.next/server/chunks/[root-of-the-server]__15bjnu5yieigz._.js:1:60587)',
      '  [cause]: TypeError: terminated',
      '[next-auth][error][CLIENT_FETCH_ERROR] ',
      'Error [SocketError]: other side closed',
    ];
    assert.deepEqual(unhandledErrors(report), report);
  });

  it("lets the server's start-up lines and its handled lines through", () => {
    assert.deepEqual(
      unhandledErrors([
        '▲ Next.js 16.4.6',
        '- Local:         http://127.0.0.1:3300',
        '✓ Ready in 0ms',
        pino(40, 'Error: in a handled line, judged by its level'),
      ]),
      [],
    );
  });
});

describe('ServerLog', () => {
  it('reads only what was written after the mark', async () => {
    const file = join(folder, 'marked.log');
    appendFileSync(file, 'before\n');
    const log = new ServerLog(file);
    const mark = log.mark();
    appendFileSync(file, 'after 1\n\nafter 2\n');
    assert.deepEqual(await log.since(mark, { settleMs: 10 }), ['after 1', 'after 2']);
  });

  it('refuses to mark a log the server was never told to write', () => {
    assert.throws(() => new ServerLog(join(folder, 'absent.log')).mark(), /SERVER_LOG_FILE/);
  });
});

describe('copyLines', () => {
  it('copies whole lines from every stream, never splicing one into another', async () => {
    const file = join(folder, 'copied.log');
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const copied = copyLines(file, [stdout, stderr]);
    stdout.write('{"level":30,');
    stderr.write('Error: boom\n');
    stdout.end('"msg":"ok"}\n');
    stderr.end();
    await copied;
    assert.deepEqual(readFileSync(file, 'utf8').split('\n').filter(Boolean).sort(), [
      'Error: boom',
      '{"level":30,"msg":"ok"}',
    ]);
  });
});
