/**
 * `npm run demo`: the sandbox (simulated time at real speed) plus the production build of
 * the app pointed at it, then the URL and a demo key. Builds when the build is missing or
 * older than the sources. Ctrl-C stops both servers.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasStandaloneBuild, standaloneDir, startStandalone } from './start-standalone.ts';

const root = resolve(import.meta.dirname, '..');
const appPort = Number(process.env.DEMO_PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const appUrl = `http://127.0.0.1:${appPort}`;
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const SOURCES = ['app', 'lib', 'components', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  if (!hasStandaloneBuild()) return false;
  const built = statSync(join(standaloneDir, 'server.js')).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= built);
}

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode}) before it was ready.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));

function supervise(child: ChildProcess, what: string): ChildProcess {
  children.push(child);
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`${what} stopped unexpectedly (code ${code}); stopping the demo.`);
    stopAll(1);
  });
  return child;
}

async function main(): Promise<void> {
  if (!buildIsCurrent()) {
    console.log('Building the app (npm run build)…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('The build failed; see the output above.');
  }

  let sessionSecret = process.env.SESSION_SECRET;
  if (!sessionSecret) {
    sessionSecret = randomBytes(32).toString('base64url');
    console.log('SESSION_SECRET is not set: generated a random one for this demo run (sessions end when the demo stops).');
  }

  const sandbox = supervise(
    spawn(process.execPath, ['--import', 'tsx', join(root, 'sandbox', 'main.ts')], {
      cwd: root,
      env: { ...process.env, SANDBOX_HOST: '127.0.0.1', SANDBOX_PORT: String(sandboxPort), SANDBOX_TIME_SCALE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
    'The sandbox',
  );
  await waitFor(`${sandboxUrl}/_sandbox/users`, 'The sandbox', sandbox);

  const app = supervise(
    startStandalone({
      ...process.env,
      NODE_ENV: 'production',
      HOSTNAME: '127.0.0.1',
      PORT: String(appPort),
      NEXTAUTH_URL: appUrl,
      SESSION_SECRET: sessionSecret,
      RESCALE_PLATFORMS: `sandbox=${sandboxUrl}`,
      NEXT_TELEMETRY_DISABLED: '1',
    }),
    'The app',
  );
  await waitFor(`${appUrl}/sign-in`, 'The app', app);

  const users = (await (await fetch(`${sandboxUrl}/_sandbox/users`)).json()) as Array<{ email: string; key: string }>;
  const demo = users.find((user) => user.email === 'ada@example.com') ?? users[0];
  console.log('');
  console.log(`Rescale Dashboard demo: ${appUrl}`);
  console.log(`  Region:  sandbox (${sandboxUrl}, simulated Rescale)`);
  console.log(`  API key: ${demo?.key ?? '(the sandbox lists no users)'}  (${demo?.email ?? ''})`);
  console.log('Press Ctrl-C to stop the app and the sandbox.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
