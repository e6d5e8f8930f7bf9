/**
 * The things a bench run compares, each in its own process: the sandbox (direct), the
 * floor proxy in front of it, and the built app's proxy in front of it, signed in; plus
 * the app's health route, a route handler that does nothing, as Next's own floor.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { proxyUrl, rescalePaths } from '../lib/rescale/paths';
import { copyAssets } from '../scripts/start-standalone';
import { benchConfig, seed } from './config';
import { ensurePortFree, startProcess, waitForHttp, type Child } from './processes';
import { processTree } from './rss';
import { sandboxControl, type SandboxControl } from './sandbox-control';
import { signIn } from './sign-in';

export type TargetName = 'direct' | 'floor' | 'app' | 'health';
/** Where a resource path (`v2/jobs/?page_size=25`) is fetched from, and with which headers. */
export type Target = {
  name: TargetName;
  url(resource: string): string;
  headers: Record<string, string>;
  /** The processes that serve it: the sandbox for direct, the proxy's own process otherwise. */
  pids: number[];
};

export type Stack = {
  sandboxUrl: string;
  appUrl: string;
  app: Child;
  control: SandboxControl;
  cookies: { ada: string; bulk: string };
  /** direct, floor and app, all as ada; health, which answers the same whatever the resource. */
  targets: Target[];
  /** What the run found about the app that the figures alone do not say. */
  findings: string[];
  /** PBKDF2 key derivations the app server has made since it started. */
  derivations(): number;
};

const node = process.execPath;

export async function ensureBuild(projectDir: string, logDir: string): Promise<void> {
  const server = path.join(projectDir, '.next', 'standalone', 'server.js');
  if (existsSync(server) && process.env.BENCH_REBUILD !== '1') return;
  console.log(`building the app (npm run build, log in ${path.join(logDir, 'build.log')})…`);
  const build = startProcess('build', 'npm', ['run', 'build'], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    logDir,
  });
  const code = await build.exited;
  await build.stop();
  if (code !== 0 || !existsSync(server)) throw new Error(`npm run build failed; see ${build.logFile}`);
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/(\?|$)/, '$1');
}

/**
 * Next.js answers a path with a trailing slash by a 308 to the path without it unless
 * `skipTrailingSlashRedirect` is set. A browser follows it, paying one more round trip per
 * call; a load generator does not, so the bench then measures the URL after the redirect.
 */
async function trailingSlashRedirect(appUrl: string, cookie: string): Promise<{ finding: string } | null> {
  const probe = proxyUrl(rescalePaths.jobs({ page_size: 25 }));
  const res = await fetch(appUrl + probe, { headers: { cookie }, redirect: 'manual' });
  await res.body?.cancel();
  if (res.status !== 308) return null;
  return {
    finding:
      `The app answers \`GET ${probe}\` (the URL the browser and SWR use) with ` +
      `\`308 → ${res.headers.get('location')}\`: every proxied call from a browser costs one more round trip ` +
      'to the app server. The figures below are for the URL after the redirect, the proxy alone.',
  };
}

export async function startStack(projectDir: string, logDir: string): Promise<Stack> {
  const sandboxUrl = `http://127.0.0.1:${benchConfig.sandboxPort}`;
  const floorUrl = `http://127.0.0.1:${benchConfig.floorPort}`;
  const appUrl = `http://127.0.0.1:${benchConfig.appPort}`;
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  await ensurePortFree(benchConfig.sandboxPort, 'BENCH_SANDBOX_PORT');
  await ensurePortFree(benchConfig.floorPort, 'BENCH_FLOOR_PORT');
  await ensurePortFree(benchConfig.appPort, 'BENCH_APP_PORT');

  const sandbox = startProcess('sandbox', node, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: projectDir,
    env: { ...base, SANDBOX_PORT: String(benchConfig.sandboxPort), SANDBOX_HOST: '127.0.0.1' },
    logDir,
  });
  const floor = startProcess('floor', node, ['--import', 'tsx', 'bench/floor-proxy.ts'], {
    cwd: projectDir,
    env: {
      ...base,
      FLOOR_PORT: String(benchConfig.floorPort),
      FLOOR_UPSTREAM: sandboxUrl,
      FLOOR_KEY: seed.ada.key,
    },
    logDir,
  });
  // The paint suite loads pages in a browser, which needs the static assets beside the server.
  copyAssets();
  // BENCH_CPU_PROF=1 writes the app server's CPU profile to bench/.out when it stops.
  const profile = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`] : [];
  // Counting costs a file write per derivation, and the app derives keys only on sign-in
  // and for a seal it has not opened before.
  const derivationFile = path.join(logDir, 'derivations');
  rmSync(derivationFile, { force: true });
  const counter = path.join(projectDir, 'bench', 'derivation-counter.mjs');
  const app = startProcess('app', node, [...profile, 'server.js'], {
    cwd: path.join(projectDir, '.next', 'standalone'),
    env: {
      ...base,
      NODE_OPTIONS: [base.NODE_OPTIONS, `--import ${counter}`].filter(Boolean).join(' '),
      DERIVATION_COUNT_FILE: derivationFile,
      PORT: String(benchConfig.appPort),
      HOSTNAME: '127.0.0.1',
      RESCALE_PLATFORMS: `sandbox=${sandboxUrl}`,
      SESSION_SECRET: randomBytes(36).toString('base64url'),
      NEXTAUTH_URL: appUrl,
    },
    logDir,
  });
  await Promise.all([
    waitForHttp(sandbox, `${sandboxUrl}/_sandbox/users`),
    waitForHttp(floor, `${floorUrl}/`),
    waitForHttp(app, `${appUrl}/sign-in`),
  ]);

  const control = sandboxControl(sandboxUrl);
  const [ada, bulk] = await Promise.all([
    signIn(appUrl, { region: 'sandbox', apiKey: seed.ada.key }),
    signIn(appUrl, { region: 'sandbox', apiKey: seed.bulk.key }),
  ]);
  const derivations = () => (existsSync(derivationFile) ? Number(readFileSync(derivationFile, 'utf8')) : 0);
  // Signing in seals two cookies, two derivations each: none counted means no counter.
  if (derivations() === 0) {
    throw new Error(
      `${counter} counted no key derivation while signing in: it did not load in the app server`,
    );
  }
  const findings: string[] = [];
  const redirect = await trailingSlashRedirect(appUrl, ada.cookie);
  if (redirect) findings.push(redirect.finding);
  const appResource = (r: string) => appUrl + (redirect ? withoutTrailingSlash(proxyUrl(r)) : proxyUrl(r));
  return {
    sandboxUrl,
    appUrl,
    app,
    control,
    cookies: { ada: ada.cookie, bulk: bulk.cookie },
    targets: [
      {
        name: 'direct',
        url: (r) => `${sandboxUrl}/api/${r}`,
        headers: { authorization: `Token ${seed.ada.key}` },
        pids: processTree(sandbox.pid),
      },
      { name: 'floor', url: (r) => `${floorUrl}/api/${r}`, headers: {}, pids: processTree(floor.pid) },
      // A browser sends its origin with every upload; the proxy refuses writes without it.
      {
        name: 'app',
        url: appResource,
        headers: { cookie: ada.cookie, origin: appUrl },
        pids: processTree(app.pid),
      },
      // What Next itself costs: no session, no upstream call, a few bytes of JSON.
      { name: 'health', url: () => `${appUrl}/api/health`, headers: {}, pids: processTree(app.pid) },
    ],
    findings,
    derivations,
  };
}
