/**
 * Child processes of a bench run. Each runs in its own process group so that stopping it
 * also stops whatever it spawned; every child is registered so that a failure or Ctrl-C
 * still leaves no process behind.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type Child = {
  name: string;
  pid: number;
  logFile: string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

const running = new Set<Child>();

export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string },
): Child {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const log = openSync(logFile, 'w');
  const proc = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (proc.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = proc.pid;
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let alive = true;
  void exited.then(() => {
    alive = false;
  });

  const child: Child = {
    name,
    pid,
    logFile,
    exited,
    async stop() {
      running.delete(child);
      signalGroup(pid, 'SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(3000, false, { ref: false })]);
      if (!stopped || alive) signalGroup(pid, 'SIGKILL');
      // The leader may be gone while members of its group linger.
      signalGroup(pid, 'SIGKILL');
    },
  };
  running.add(child);
  return child;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

/** Stops every child on Ctrl-C or termination, then exits with the conventional code. */
export function stopAllOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping bench processes…`);
      void stopAll().finally(() => process.exit(code));
    });
  }
}

/**
 * Fails unless nothing listens on `port`: a server left over from an earlier run would
 * answer in place of the one about to start, which then exits unnoticed, and the run would
 * measure the stranger.
 */
export async function ensurePortFree(port: number, variable: string): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'is in use' : 'cannot be used';
    throw new Error(
      `Port ${port} ${reason} (${String(error)}): stop what listens there, perhaps a server left from an earlier run, or set ${variable}.`,
    );
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Resolves once `url` answers any HTTP status; fails early if the child dies. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void child.exited.then(() => {
    dead = true;
  });
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${child.name} exited before answering ${url}; see ${child.logFile}`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms; see ${child.logFile}`);
}
