/**
 * What reading a session costs, since sign-ins became revocable and seals are opened once:
 * - the revocation check (one store lookup) and a whole cached session read, per call,
 *   in memory and in a real redis-server on this machine;
 * - PBKDF2 key derivations in the running production build, counted by
 *   bench/derivation-counter.mjs, per page view and per proxied call.
 * `node --import tsx bench/session-cost.ts` after `npm run build`; prints the figures.
 */
import '../test/support/allow-server-only';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSandbox } from '../sandbox/server';
import { startStandalone } from '../scripts/start-standalone';
import { freePort, startRedis } from '../test/support/redis-server';
import { signIn } from './sign-in';

process.env.SESSION_SECRET = 'bench-only-session-secret-0123456789abcdef';
const { createMemoryStore, createRedisStore } = await import('../lib/server/shared-store');
const { readSignIn } = await import('../lib/auth/sign-in-state');
const { sealVault } = await import('../lib/auth/vault');
const { sealIdentityToken, IDENTITY_COOKIE } = await import('../lib/auth/identity-token');
const { VAULT_COOKIE } = await import('../lib/auth/vault');
const { parseSessionSecrets } = await import('../lib/config/session-config');

type Store = ReturnType<typeof createMemoryStore>;
const CALLS = 20_000;

async function perCall(run: () => Promise<unknown>): Promise<number> {
  for (let index = 0; index < 1000; index += 1) await run();
  const start = performance.now();
  for (let index = 0; index < CALLS; index += 1) await run();
  return (performance.now() - start) / CALLS;
}

async function storeFigures(kind: string, store: Store) {
  const sandbox = { id: 'sandbox', label: 'sandbox', url: 'http://127.0.0.1:4010' };
  process.env.RESCALE_PLATFORMS = `sandbox=${sandbox.url}`;
  const options = { passwords: parseSessionSecrets(process.env.SESSION_SECRET ?? ''), ttlSeconds: 3600 };
  const session = {
    sid: 'bench-sign-in-0123456789',
    expiresAt: Date.now() + 3_600_000,
    key: 'a'.repeat(40),
    platform: sandbox,
    user: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
  };
  const cookies: Record<string, string> = {
    [VAULT_COOKIE]: await sealVault(session, options),
    [IDENTITY_COOKIE]: await sealIdentityToken(
      {
        email: 'ada@example.com',
        name: 'Ada',
        region: 'sandbox',
        sid: session.sid,
        expiresAt: session.expiresAt,
      },
      options,
    ),
  };
  const revocationOf = async (sid: string) =>
    (await store.markValue(`revoked-session:${sid}`)) === null ? null : ('signed-out' as const);
  const check = await perCall(() => revocationOf(session.sid));
  const read = await perCall(() => readSignIn((name) => cookies[name], options, revocationOf));
  console.log(
    `${kind}: revocation check ${check.toFixed(4)} ms per call; whole session read (cached seals) ${read.toFixed(4)} ms per call`,
  );
}

async function derivationFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'session-cost-'));
  const countFile = join(dir, 'count');
  const count = () => (existsSync(countFile) ? Number(readFileSync(countFile, 'utf8')) : 0);
  const sandbox = await startSandbox({ port: 0, timeScale: 0 });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = startStandalone({
    ...process.env,
    NODE_OPTIONS: `--import ${resolve(import.meta.dirname, 'derivation-counter.mjs')}`,
    DERIVATION_COUNT_FILE: countFile,
    HOSTNAME: '127.0.0.1',
    PORT: String(port),
    NEXTAUTH_URL: url,
    RESCALE_PLATFORMS: `sandbox=${sandbox.url}`,
    LOG_LEVEL: 'error',
  });
  try {
    for (let tries = 0; ; tries += 1) {
      try {
        if ((await fetch(`${url}/sign-in`)).ok) break;
      } catch {
        if (tries > 300) throw new Error('the app did not start');
      }
      await new Promise((done) => setTimeout(done, 200));
    }
    const atStart = count();
    const { cookie } = await signIn(url, {
      region: 'sandbox',
      apiKey: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0',
    });
    const afterSignIn = count();
    const measure = async (path: string, times: number) => {
      const before = count();
      for (let index = 0; index < times; index += 1) {
        const response = await fetch(`${url}${path}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        await response.arrayBuffer();
      }
      return (count() - before) / times;
    };
    const firstView = await measure('/jobs?page_size=10', 1);
    console.log(`sign-in: ${afterSignIn - atStart} derivations (sealing both cookies)`);
    console.log(`first /jobs view after sign-in: ${firstView} derivations`);
    console.log(`/jobs?page_size=10: ${await measure('/jobs?page_size=10', 10)} derivations per view`);
    console.log(`/jobs/AIRfoL: ${await measure('/jobs/AIRfoL', 10)} derivations per view`);
    console.log(
      `proxied GET v2/jobs/: ${await measure('/api/rescale/v2/jobs/?page_size=5', 50)} derivations per call`,
    );
  } finally {
    app.kill('SIGTERM');
    await sandbox.close();
  }
}

await storeFigures('memory', createMemoryStore());
const redis = await startRedis();
try {
  await storeFigures('redis', createRedisStore(redis.client));
} finally {
  await redis.stop();
}
await derivationFigures();
process.exit(0);
