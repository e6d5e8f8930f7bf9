/**
 * `npm run demo`: the sandbox (simulated time at real speed) plus the production build of
 * the app pointed at it, then the URL and a demo key. Builds when the build is missing or
 * older than the sources. Ctrl-C stops both servers.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ensureCurrentBuild, localUrl, startApp, startSandbox } from './local-stack';

const appPort = Number(process.env.DEMO_PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const appUrl = localUrl(appPort);
const sandboxUrl = localUrl(sandboxPort);

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
  ensureCurrentBuild();

  let sessionSecret = process.env.SESSION_SECRET;
  if (!sessionSecret) {
    sessionSecret = randomBytes(32).toString('base64url');
    console.log(
      'SESSION_SECRET is not set: generated a random one for this demo run (sessions end when the demo stops).',
    );
  }

  await startSandbox(sandboxPort, 1, (child) => supervise(child, 'The sandbox'));
  await startApp({ port: appPort, sandboxUrl, sessionSecret }, (child) => supervise(child, 'The app'));

  const users = (await (await fetch(`${sandboxUrl}/_sandbox/users`)).json()) as Array<{
    email: string;
    key: string;
  }>;
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
