/**
 * Two instances of the production build sharing one real redis-server, as a deployment
 * with several instances would: a guess refused on one counts on the other, and a
 * sign-out made on one ends the session on the other. Run after `npm run build`
 * (`npm run test:integration`, part of `npm test`); it fails when the build is missing.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { startStandalone } from '../scripts/start-standalone';
import { freePort, startRedis, type RunningRedis } from './support/redis-server';

const ADA_KEY = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';
const WRONG_KEY = 'f'.repeat(40);
/** Five regions on the one sandbox: one rejected key in each stays clear of the per-region delay. */
const REGIONS = ['r1', 'r2', 'r3', 'r4', 'r5'];

type App = { url: string; child: ChildProcess };

let redis: RunningRedis;
let sandbox: RunningSandbox;
let apps: [App, App];

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app at ${url} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return;
    } catch {
      if (Date.now() > deadline) throw new Error(`the app at ${url} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startApp(): Promise<App> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startStandalone({
    ...process.env,
    NODE_ENV: 'production',
    HOSTNAME: '127.0.0.1',
    PORT: String(port),
    NEXTAUTH_URL: url,
    SESSION_SECRET: 'integration-only-session-secret-0123456789',
    RESCALE_PLATFORMS: REGIONS.map((region) => `${region}=${sandbox.url}`).join(','),
    REDIS_URL: redis.url,
    TRUST_PROXY: '1',
    LOG_LEVEL: 'error',
    NEXT_TELEMETRY_DISABLED: '1',
  });
  await waitUntilUp(url, child);
  return { url, child };
}

/** A client with a cookie jar, speaking from `address` as the trusted proxy reports it. */
class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly address: string) {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-for', this.address);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async csrf(app: App): Promise<string> {
    const response = await this.request(`${app.url}/api/auth/csrf`);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  async signIn(app: App, region: string, apiKey: string): Promise<Response> {
    const body = new URLSearchParams({ csrfToken: await this.csrf(app), region, apiKey, json: 'true' });
    return this.request(`${app.url}/api/auth/callback/credentials`, { method: 'POST', body });
  }

  async signOut(app: App): Promise<Response> {
    const body = new URLSearchParams({ csrfToken: await this.csrf(app), json: 'true' });
    return this.request(`${app.url}/api/auth/signout`, { method: 'POST', body });
  }
}

function replay(cookies: Map<string, string>, address: string): Client {
  const client = new Client(address);
  for (const [name, value] of cookies) client.cookies.set(name, value);
  return client;
}

before(async () => {
  redis = await startRedis();
  sandbox = await startSandbox({ port: 0, timeScale: 0 });
  apps = [await startApp(), await startApp()];
});

after(async () => {
  for (const app of apps ?? []) {
    if (app.child.exitCode === null) {
      const exited = new Promise((resolve) => app.child.once('exit', resolve));
      app.child.kill('SIGTERM');
      await exited;
    }
  }
  await sandbox?.close();
  await redis?.stop();
});

describe('two instances sharing one Redis', () => {
  it('refuse on the second instance the sixth guess made from one address', async () => {
    const [first, second] = apps;
    const guesser = new Client('198.51.100.66');
    for (const region of REGIONS) {
      const rejected = await guesser.signIn(first, region, WRONG_KEY);
      assert.equal(rejected.status, 401, `the guess in ${region} reaches the region and is rejected`);
    }
    const refused = await guesser.signIn(second, 'r1', WRONG_KEY);
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 800 && retryAfter <= 900, `Retry-After ${retryAfter}`);
    const { url } = (await refused.json()) as { url: string };
    assert.match(new URL(url).searchParams.get('error') ?? '', /^throttled:\d+$/);

    const elsewhere = new Client('198.51.100.67');
    assert.equal((await elsewhere.signIn(second, 'r1', ADA_KEY)).status, 200, 'another address signs in');
  });

  it('honour on one instance a sign-out made on the other', async () => {
    const [first, second] = apps;
    const ada = new Client('198.51.100.70');
    assert.equal((await ada.signIn(first, 'r1', ADA_KEY)).status, 200);
    const captured = new Map(ada.cookies);

    const beforeSignOut = replay(captured, '198.51.100.71');
    assert.equal((await beforeSignOut.request(`${first.url}/api/rescale/v2/users/me/`)).status, 200);
    assert.equal((await beforeSignOut.request(`${second.url}/api/rescale/v2/users/me/`)).status, 200);

    assert.equal((await ada.signOut(second)).status, 200);

    for (const app of apps) {
      const attacker = replay(captured, '198.51.100.72');
      const proxied = await attacker.request(`${app.url}/api/rescale/v2/users/me/`);
      assert.equal(proxied.status, 401, `the proxy of ${app.url} refuses the replayed cookie`);
      const page = await attacker.request(`${app.url}/jobs`);
      assert.equal(page.status, 307);
      assert.match(page.headers.get('location') ?? '', /\/sign-in\?/);
    }
  });
});
