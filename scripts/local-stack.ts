/**
 * The sandbox and the built app side by side on this machine, for `npm run demo` and
 * `npm run screenshots`: a current build, both servers started, each awaited until it
 * answers.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasStandaloneBuild, standaloneDir, startStandalone } from './start-standalone';

const root = resolve(import.meta.dirname, '..');
const SOURCES = [
  'app',
  'lib',
  'components',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package-lock.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function buildIsCurrent(): boolean {
  if (!hasStandaloneBuild()) return false;
  const built = statSync(join(standaloneDir, 'server.js')).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= built);
}

/** Runs `npm run build` when the build is missing or older than the sources. */
export function ensureCurrentBuild(): void {
  if (buildIsCurrent()) return;
  console.log('Building the app (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('The build failed; see the output above.');
}

export function localUrl(port: number): string {
  return `http://127.0.0.1:${port}`;
}

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${what} exited (code ${child.exitCode}) before it was ready.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * Starts the sandbox; `timeScale` 1 runs simulated time at real speed, 0 freezes it.
 * `onStart` receives the process as soon as it exists, so a caller can stop it even
 * when it never becomes ready.
 */
export async function startSandbox(
  port: number,
  timeScale: 0 | 1,
  onStart: (child: ChildProcess) => void,
): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'sandbox', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      SANDBOX_HOST: '127.0.0.1',
      SANDBOX_PORT: String(port),
      SANDBOX_TIME_SCALE: String(timeScale),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  onStart(child);
  await waitFor(`${localUrl(port)}/_sandbox/users`, 'The sandbox', child);
}

/** Starts the built app with the sandbox as its only region (`sandbox`). */
export async function startApp(
  { port, sandboxUrl, sessionSecret }: { port: number; sandboxUrl: string; sessionSecret: string },
  onStart: (child: ChildProcess) => void,
): Promise<void> {
  const child = startStandalone({
    ...process.env,
    NODE_ENV: 'production',
    HOSTNAME: '127.0.0.1',
    PORT: String(port),
    NEXTAUTH_URL: localUrl(port),
    SESSION_SECRET: sessionSecret,
    RESCALE_PLATFORMS: `sandbox=${sandboxUrl}`,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  onStart(child);
  await waitFor(`${localUrl(port)}/sign-in`, 'The app', child);
}
