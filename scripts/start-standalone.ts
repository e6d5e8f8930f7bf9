/**
 * Starts the built app the way a container does: `.next/standalone/server.js`, with
 * `.next/static` and `public` copied beside it (the standalone output leaves them out).
 * Builds nothing: run `npm run build` first. Used by Playwright and by `npm run demo`.
 * With `SERVER_LOG_FILE` set, the server's output also goes, line by line, to that file
 * (emptied at start), where the end-to-end run reads it (scripts/server-log.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyLines, SERVER_LOG_FILE_VARIABLE } from './server-log';

const root = resolve(import.meta.dirname, '..');
export const standaloneDir = join(root, '.next', 'standalone');
const serverFile = join(standaloneDir, 'server.js');

export function hasStandaloneBuild(): boolean {
  return existsSync(serverFile) && existsSync(join(root, '.next', 'static'));
}

/** Puts `.next/static` and `public` beside the standalone server, which serves them from there. */
export function copyAssets(): void {
  const staticTarget = join(standaloneDir, '.next', 'static');
  rmSync(staticTarget, { recursive: true, force: true });
  cpSync(join(root, '.next', 'static'), staticTarget, { recursive: true });
  const publicSource = join(root, 'public');
  if (existsSync(publicSource)) {
    const publicTarget = join(standaloneDir, 'public');
    rmSync(publicTarget, { recursive: true, force: true });
    cpSync(publicSource, publicTarget, { recursive: true });
  }
}

export function startStandalone(env: NodeJS.ProcessEnv): ChildProcess {
  if (!hasStandaloneBuild()) {
    throw new Error('No standalone build in .next/standalone: run `npm run build` first.');
  }
  copyAssets();
  const logFile = env[SERVER_LOG_FILE_VARIABLE];
  if (!logFile) return spawn(process.execPath, [serverFile], { cwd: standaloneDir, env, stdio: 'inherit' });
  const child = spawn(process.execPath, [serverFile], {
    cwd: standaloneDir,
    env,
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  child.stdout.pipe(process.stdout);
  child.stderr.pipe(process.stderr);
  void copyLines(logFile, [child.stdout, child.stderr]);
  return child;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const child = startStandalone(process.env);
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
