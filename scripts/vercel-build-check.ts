/**
 * The Vercel build, checked without a Vercel account: the Vercel CLI runs `vercel build`
 * on a copy of the repository with a local project file, as Vercel would, and the output
 * must hold the Rescale proxy as a streaming Node.js function with the route's
 * `maxDuration`, and the browser code must carry the 4.5 MB upload notice. The copy keeps
 * `.next`, the container build that Playwright tests, out of it.
 *
 * The CLI is installed beside the project, not in it: its lock entries would name
 * platform binaries that the registry does not serve in this version (so `npm ci` would
 * refuse the lock file), and its dependency `sandbox` 4.4.0 is missing there (4.5.0
 * replaces it). The install is kept in the temporary folder for the next run;
 * `--install-cli` does only that.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { VERCEL_UPLOAD_NOTICE } from '../lib/new-job/upload-limit';

const root = resolve(import.meta.dirname, '..');
const VERCEL_CLI_VERSION = '64.0.2';
const cliDir = join(tmpdir(), `vercel-cli-${VERCEL_CLI_VERSION}`);
const proxyRoute = 'app/api/rescale/[...path]/route.ts';
const proxyFunction = '.vercel/output/functions/api/rescale/[...path].func/.vc-config.json';
const started = Date.now();

function step(message: string): void {
  console.log(`vercel build check [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

function fail(message: string): never {
  throw new Error(message);
}

function installCli(): string {
  const bin = join(cliDir, 'node_modules', '.bin', 'vercel');
  if (existsSync(bin)) return bin;
  mkdirSync(cliDir, { recursive: true });
  writeFileSync(
    join(cliDir, 'package.json'),
    JSON.stringify({
      private: true,
      dependencies: { vercel: VERCEL_CLI_VERSION },
      overrides: { sandbox: '4.5.0' },
    }),
  );
  step(`installing the Vercel CLI ${VERCEL_CLI_VERSION} into ${cliDir}`);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: cliDir,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (install.status !== 0 || !existsSync(bin)) {
    fail(`npm install of the Vercel CLI failed (exit ${install.status}):\n${install.stderr.slice(-2000)}`);
  }
  return bin;
}

function copyRepository(into: string): void {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) fail(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(root, file), join(into, file));
  }
  // Hard links: the dependencies as installed, in a second of time and no space.
  const linked = spawnSync('cp', ['-al', join(root, 'node_modules'), join(into, 'node_modules')]);
  if (linked.status !== 0) fail(`Could not link node_modules: ${linked.stderr.toString()}`);
}

function declaredMaxDuration(): number {
  const source = readFileSync(join(root, proxyRoute), 'utf8');
  const declared = /export const maxDuration = (\d+);/.exec(source)?.[1];
  return declared === undefined ? fail(`${proxyRoute} declares no maxDuration.`) : Number(declared);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function main(): void {
  const vercel = installCli();
  const temp = mkdtempSync(join(tmpdir(), 'vercel-build-'));
  try {
    copyRepository(temp);
    // What `vercel pull` would write; the ids are placeholders, nothing is sent anywhere.
    mkdirSync(join(temp, '.vercel'));
    writeFileSync(
      join(temp, '.vercel', 'project.json'),
      JSON.stringify({
        projectId: 'prj_local_build_check',
        orgId: 'team_local_build_check',
        settings: { framework: 'nextjs', installCommand: 'true' },
      }),
    );
    step(`building a copy of the repository in ${temp} with vercel build`);
    const build = spawnSync(vercel, ['build', '--yes'], {
      cwd: temp,
      env: { ...process.env, VERCEL_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 15 * 60_000,
    });
    if (build.status !== 0)
      fail(`vercel build failed (exit ${build.status}):\n${(build.stdout + build.stderr).slice(-3000)}`);

    const config = JSON.parse(readFileSync(join(temp, proxyFunction), 'utf8')) as Record<string, unknown>;
    const maxDuration = declaredMaxDuration();
    if (config.maxDuration !== maxDuration) {
      fail(
        `${proxyFunction} has maxDuration ${String(config.maxDuration)}, the route declares ${maxDuration}.`,
      );
    }
    if (typeof config.runtime !== 'string' || !config.runtime.startsWith('nodejs')) {
      fail(`${proxyFunction} runs on ${String(config.runtime)}, not Node.js.`);
    }
    if (config.supportsResponseStreaming !== true) fail(`${proxyFunction} does not stream its responses.`);
    step(`the proxy is a ${config.runtime} function, maxDuration ${maxDuration} s, streaming`);

    const chunks = filesUnder(join(temp, '.vercel', 'output', 'static')).filter((file) =>
      file.endsWith('.js'),
    );
    if (!chunks.some((file) => readFileSync(file, 'utf8').includes(VERCEL_UPLOAD_NOTICE))) {
      fail('No browser chunk of the Vercel build carries the 4.5 MB upload notice.');
    }
    step('the browser code carries the 4.5 MB upload notice');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

try {
  // `--install-cli` only installs, so that the test command can fetch the CLI while other checks run.
  if (process.argv.includes('--install-cli')) {
    installCli();
    step('the Vercel CLI is installed');
  } else {
    main();
    step('passed');
  }
} catch (error) {
  console.error(`vercel build check FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
