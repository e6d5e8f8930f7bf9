/**
 * The container image, checked without a container engine: stages into an empty folder
 * exactly what the Dockerfile's runtime stage copies from the build (read from its
 * `COPY --from=build` lines, so the two cannot drift), then runs `node server.js` there
 * as an unprivileged user with only the image's and the README's `docker run`
 * environment (plus RESCALE_PLATFORMS pointing at a sandbox), and checks what a
 * container host relies on. Run after `npm run build`; `npm test` does.
 *
 * CONTAINER_SMOKE_APP_PORT and CONTAINER_SMOKE_SANDBOX_PORT move its ports (3850, 4850).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { signIn } from '../bench/sign-in';
import { parseDockerfile, parseDockerRun, type RuntimeStage } from './container-image';

const root = resolve(import.meta.dirname, '..');
const appPort = Number(process.env.CONTAINER_SMOKE_APP_PORT ?? 3850);
const sandboxPort = Number(process.env.CONTAINER_SMOKE_SANDBOX_PORT ?? 4850);
const appUrl = `http://127.0.0.1:${appPort}`;
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const ADA_KEY = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';
/** The sandbox's 1 GiB output file and its md5 (sandbox/README.md). */
const BIG_FILE = { id: 'BIGone', bytes: 1024 ** 3, md5: '4dbb6621169a2253748b8b7ba96abe8f' };

const children = new Set<ChildProcess>();
const started = Date.now();

function step(message: string): void {
  console.log(`container smoke [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

class SmokeFailure extends Error {}
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new SmokeFailure(message);
}

/* Staging ---------------------------------------------------------------------------- */

/** Copies each `COPY --from=build` source, as the build left it here, to where the image has it. */
function stageImage(stage: RuntimeStage, imageRoot: string): string {
  for (const copy of stage.copies) {
    for (const source of copy.sources) {
      const inBuild = relative(stage.buildWorkdir, source);
      check(
        !inBuild.startsWith('..'),
        `Dockerfile line ${copy.line} copies ${source}, outside the build stage's WORKDIR ${stage.buildWorkdir}.`,
      );
      const local = join(root, inBuild);
      check(
        existsSync(local),
        `Dockerfile line ${copy.line} copies ${source}, which \`npm run build\` did not produce (no ${inBuild} here).`,
      );
      const intoDirectory = copy.destination.endsWith('/') || copy.sources.length > 1;
      const target = join(imageRoot, copy.destination);
      if (statSync(local).isDirectory()) {
        cpSync(local, target, { recursive: true });
      } else {
        const file = intoDirectory ? join(target, inBuild.split('/').at(-1) ?? '') : target;
        mkdirSync(dirname(file), { recursive: true });
        cpSync(local, file);
      }
    }
  }
  const workdir = join(imageRoot, stage.workdir);
  check(
    existsSync(join(workdir, 'server.js')),
    `The runtime stage has no server.js in its WORKDIR ${stage.workdir}.`,
  );
  return workdir;
}

type Snapshot = Map<string, string>;

function snapshot(dir: string, into: Snapshot = new Map()): Snapshot {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const stat = statSync(path, { throwIfNoEntry: false });
    into.set(path, stat ? `${stat.size}:${stat.mtimeMs}` : 'dangling');
    if (entry.isDirectory()) snapshot(path, into);
  }
  return into;
}

function changes(before: Snapshot, after: Snapshot): string[] {
  const changed = [...after].filter(([path, state]) => before.get(path) !== state).map(([path]) => path);
  const removed = [...before.keys()].filter((path) => !after.has(path));
  return [...changed, ...removed];
}

/* Processes -------------------------------------------------------------------------- */

/** The image's `USER`: that user when this machine has it, else `nobody`; as root only. */
function unprivilegedUser(name: string | null): { argv: string[]; who: string } {
  if (process.getuid?.() !== 0) return { argv: [], who: `the current user (not root, so no switch)` };
  for (const candidate of [name, 'nobody']) {
    if (!candidate) continue;
    const id = spawnSync('id', ['-u', candidate], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', candidate], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) {
      return {
        argv: [
          'setpriv',
          `--reuid=${id.stdout.trim()}`,
          `--regid=${gid.stdout.trim()}`,
          '--clear-groups',
          '--',
        ],
        who: `${candidate} (uid ${id.stdout.trim()})`,
      };
    }
  }
  throw new SmokeFailure(
    'Running as root, but neither the image user nor nobody exists to run the server as.',
  );
}

type Server = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; at: number }>;
};

function startServer(cwd: string, user: string[], env: Record<string, string>): Server {
  const [command, ...args] = [...user, process.execPath, 'server.js'];
  const child = spawn(command ?? process.execPath, args, {
    cwd,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((done) =>
    child.on('exit', (code) => {
      children.delete(child);
      done({ code, at: Date.now() });
    }),
  );
  return { child, output: () => output, exited };
}

async function waitUntilAnswers(
  url: string,
  server: ChildProcess,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new SmokeFailure(`${what} exited (code ${server.exitCode}) before it answered.`);
    try {
      const res = await fetch(url);
      await res.body?.cancel();
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new SmokeFailure(`${what} did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** A request on one kept-alive connection, to reach the server after it stopped accepting new ones. */
function getOn(
  agent: http.Agent,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    http
      .get(`${appUrl}${path}`, { agent, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      })
      .on('error', fail);
  });
}

/* Checks ----------------------------------------------------------------------------- */

async function checkMissingSecret(
  workdir: string,
  user: string[],
  env: Record<string, string>,
): Promise<void> {
  const withoutSecret = Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'SESSION_SECRET'));
  const server = startServer(workdir, user, withoutSecret);
  const timeout = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
  const { code } = await server.exited;
  clearTimeout(timeout);
  check(
    code !== 0 && code !== null,
    `Without SESSION_SECRET the server should exit non-zero; it exited ${code}.`,
  );
  check(
    server.output().includes('SESSION_SECRET'),
    `Without SESSION_SECRET the server exited ${code} without naming the variable:\n${server.output()}`,
  );
  step(`without SESSION_SECRET: exits ${code}, naming the variable`);
}

async function checkHealth(): Promise<void> {
  const live = await fetch(`${appUrl}/api/health`);
  const body = (await live.json()) as { status?: string; version?: string };
  check(
    live.status === 200 && body.status === 'ok' && typeof body.version === 'string',
    `/api/health answered ${live.status} ${JSON.stringify(body)}.`,
  );
  check(
    live.headers.get('cache-control') === 'no-store',
    `/api/health is cacheable: ${live.headers.get('cache-control')}.`,
  );
  check(live.headers.getSetCookie().length === 0, '/api/health sets a cookie.');
  const ready = await fetch(`${appUrl}/api/health?ready=1`);
  const readyBody = await ready.text();
  check(ready.status === 200, `/api/health?ready=1 answered ${ready.status}: ${readyBody}`);
  step(`health 200 (version ${body.version}), readiness 200, no-store, no cookie`);
}

/** The image's HEALTHCHECK, run as the container host would: in the image's folder, as its user. */
function checkHealthcheckCommand(
  stage: RuntimeStage,
  workdir: string,
  user: string[],
  env: Record<string, string>,
): void {
  check(stage.healthcheck, 'The Dockerfile has no HEALTHCHECK.');
  const [command = '', ...args] = [...user, ...stage.healthcheck];
  const run = spawnSync(command, args, {
    cwd: workdir,
    env: env as NodeJS.ProcessEnv,
    timeout: 10_000,
    encoding: 'utf8',
  });
  check(run.status === 0, `The HEALTHCHECK command failed (exit ${run.status}): ${run.stderr}`);
  step('the HEALTHCHECK command passes');
}

async function checkProxiedCall(cookie: string, server: Server, key: string): Promise<void> {
  const res = await fetch(`${appUrl}/api/rescale/v2/users/me/`, { headers: { cookie } });
  const me = (await res.json()) as { email?: string };
  check(
    res.status === 200 && me.email === 'ada@example.com',
    `A proxied call answered ${res.status} ${JSON.stringify(me)}.`,
  );
  const requestId = res.headers.get('x-request-id');
  check(requestId, 'A proxied call came back without X-Request-Id.');
  await new Promise((done) => setTimeout(done, 100));
  const line = server
    .output()
    .split('\n')
    .find((text) => text.includes(requestId));
  check(line, `No log line carries the request id ${requestId}.`);
  const entry = JSON.parse(line) as Record<string, unknown>;
  check(
    entry.family === 'users' && entry.status === 200 && entry.upstreamStatus === 200,
    `Unexpected log line: ${line}`,
  );
  for (const secret of [key, ...cookie.split('; ').map((pair) => pair.slice(pair.indexOf('=') + 1))]) {
    check(!server.output().includes(secret), 'The server output contains the key or a cookie value.');
  }
  step(`one proxied call: 200, X-Request-Id ${requestId}, one log line without key or cookie`);
}

/**
 * SIGTERM while a slow proxied call is under way on a kept-alive connection (Rescale made
 * slow for `users/me/` only): the call still gets its answer, and readiness asked on that
 * same connection afterwards answers 503, since new connections are refused by then.
 */
async function terminateWhileBusy(
  cookie: string,
  server: Server,
): Promise<{ terminatedAt: number; slowCall: number; readiness: { status: number; body: string } }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const slow = getOn(agent, '/api/rescale/v2/users/me/', { cookie });
    await new Promise((done) => setTimeout(done, 300));
    const terminatedAt = Date.now();
    server.child.kill('SIGTERM');
    const { status: slowCall } = await slow;
    const readiness = await getOn(agent, '/api/health?ready=1');
    return { terminatedAt, slowCall, readiness };
  } finally {
    agent.destroy();
  }
}

/**
 * Downloads the 1 GiB file through the proxy and sends SIGTERM while it is under way,
 * once what is left should take under a third of the grace period at the rate so far.
 */
async function checkDownloadThroughShutdown(
  cookie: string,
  server: Server,
  graceSeconds: number,
): Promise<void> {
  await fetch(`${sandboxUrl}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs: 1500, paths: 'users/me' }),
  });
  const res = await fetch(`${appUrl}/api/rescale/v2/files/${BIG_FILE.id}/contents/`, { headers: { cookie } });
  check(res.ok && res.body, `The 1 GiB download answered ${res.status}.`);
  const hash = createHash('md5');
  const reader = res.body.getReader();
  const downloadStart = Date.now();
  let bytes = 0;
  let shutdown: ReturnType<typeof terminateWhileBusy> | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
    bytes += value.byteLength;
    const rate = bytes / (Date.now() - downloadStart + 1);
    const leftMs = (BIG_FILE.bytes - bytes) / rate;
    if (shutdown === null && bytes >= BIG_FILE.bytes / 4 && leftMs < (graceSeconds * 1000) / 3) {
      step(`SIGTERM soon, with ${(bytes / 1024 ** 2).toFixed(0)} MiB of 1024 downloaded`);
      shutdown = terminateWhileBusy(cookie, server);
      shutdown.catch(() => undefined);
    }
  }
  const completedAt = Date.now();
  check(shutdown !== null, 'The download ended before SIGTERM could be sent during it.');
  const { terminatedAt, slowCall, readiness } = await shutdown;
  check(bytes === BIG_FILE.bytes, `The download ended after ${bytes} of ${BIG_FILE.bytes} bytes.`);
  check(hash.digest('hex') === BIG_FILE.md5, 'The downloaded bytes do not match the file (md5).');
  check(completedAt > terminatedAt, 'The download completed before SIGTERM was sent.');
  step(
    `1 GiB download complete and intact, ${((completedAt - terminatedAt) / 1000).toFixed(1)} s after SIGTERM`,
  );
  check(slowCall === 200, `A proxied call under way at SIGTERM answered ${slowCall}.`);
  check(
    readiness.status === 503 && readiness.body.includes('shutting down'),
    `Readiness during shutdown answered ${readiness.status} ${readiness.body}.`,
  );
  step('a proxied call under way at SIGTERM answered 200; readiness then answered 503 on its connection');

  const { code, at } = await server.exited;
  const afterSignal = (at - terminatedAt) / 1000;
  check(code === 0, `After SIGTERM the server exited ${code}, not 0:\n${server.output().slice(-2000)}`);
  check(
    afterSignal <= graceSeconds + 2,
    `The server took ${afterSignal.toFixed(1)} s to exit, over its ${graceSeconds} s grace.`,
  );
  step(`exit 0, ${afterSignal.toFixed(1)} s after SIGTERM (grace ${graceSeconds} s)`);
}

/* Run -------------------------------------------------------------------------------- */

async function main(): Promise<void> {
  const stage = parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8'));
  const example = parseDockerRun(readFileSync(join(root, 'README.md'), 'utf8'), (command) => {
    check(command === 'openssl rand -base64 48', `README docker run: cannot compute $(${command}) here.`);
    return randomBytes(48).toString('base64');
  });

  const temp = mkdtempSync(join(tmpdir(), 'container-smoke-'));
  try {
    chmodSync(temp, 0o755);
    const workdir = stageImage(stage, join(temp, 'image'));
    // HOME as the image user would have it, but read-only: anything written there would fail loudly.
    const home = join(temp, 'home');
    mkdirSync(home, { mode: 0o555 });
    const user = unprivilegedUser(stage.user);
    step(`staged ${stage.copies.length} COPY lines into ${workdir}; the server runs as ${user.who}`);

    const graceSeconds = Number(example.env.SHUTDOWN_GRACE_S ?? stage.env.SHUTDOWN_GRACE_S ?? 25);
    check(
      example.stopTimeoutSeconds !== null && example.stopTimeoutSeconds > graceSeconds,
      `README docker run: --stop-timeout should exceed the ${graceSeconds} s grace, or docker kills downloads in flight.`,
    );
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: home,
      ...stage.env,
      ...example.env,
      // What `-p` does for a container: the server listens where the test can reach it.
      PORT: String(appPort),
      HOSTNAME: '127.0.0.1',
      RESCALE_PLATFORMS: `sandbox=${sandboxUrl}`,
    };

    const sandbox = spawn(process.execPath, ['--import', 'tsx', join(root, 'sandbox', 'main.ts')], {
      cwd: root,
      env: { ...process.env, SANDBOX_HOST: '127.0.0.1', SANDBOX_PORT: String(sandboxPort) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.add(sandbox);

    const before = snapshot(temp);
    await checkMissingSecret(workdir, user.argv, env);

    const server = startServer(workdir, user.argv, env);
    await Promise.all([
      waitUntilAnswers(`${sandboxUrl}/_sandbox/users`, sandbox, 'The sandbox'),
      waitUntilAnswers(`${appUrl}/api/health`, server.child, 'The server'),
    ]);
    await checkHealth();
    checkHealthcheckCommand(stage, workdir, user.argv, env);
    const { cookie } = await signIn(appUrl, { region: 'sandbox', apiKey: ADA_KEY });
    step('signed in as ada through next-auth');
    await checkProxiedCall(cookie, server, ADA_KEY);
    await checkDownloadThroughShutdown(cookie, server, graceSeconds);

    const written = changes(before, snapshot(temp));
    check(
      written.length === 0,
      `The server wrote into its own folder or HOME:\n${written.slice(0, 20).join('\n')}`,
    );
    const denied = /\b(EACCES|EROFS|EPERM)\b/.exec(server.output());
    check(
      !denied,
      `The server tried to write somewhere it may not (${denied?.[1]}):\n${server.output().slice(-2000)}`,
    );
    step('nothing written into the image folder or HOME, and no write refused');
  } finally {
    for (const child of children) child.kill('SIGKILL');
    rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  () => {
    step('passed');
    process.exit(0);
  },
  (error: unknown) => {
    for (const child of children) child.kill('SIGKILL');
    console.error(`container smoke FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
