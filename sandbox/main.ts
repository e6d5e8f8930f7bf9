/** `npm run sandbox`: start the sandbox from the environment and print how to use it. */
import { startSandbox } from './server';
import { ALL_SEED_USERS } from './users';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} must be a number ≥ 0 (got "${raw}").`);
    process.exit(1);
  }
  return value;
}

const port = numberFromEnv('SANDBOX_PORT', 4010);
const host = process.env.SANDBOX_HOST || '127.0.0.1';
const running = await startSandbox({
  port,
  host,
  publicUrl: process.env.SANDBOX_PUBLIC_URL || undefined,
  seed: process.env.SANDBOX_SEED || undefined,
  timeScale: numberFromEnv('SANDBOX_TIME_SCALE', 1),
  preloadBulk: true,
});

const publicUrl = running.sandbox.publicUrl;
console.log(
  `Rescale sandbox listening on ${running.url}${publicUrl !== running.url ? ` (public URL ${publicUrl})` : ''}`,
);
console.log(
  `API: ${publicUrl}/api/v2/   control plane: ${publicUrl}/_sandbox/   time scale: ${running.sandbox.clock.scale}`,
);
console.log('Users (Authorization: Token <key>):');
for (const user of ALL_SEED_USERS)
  console.log(`  ${user.email.padEnd(20)} ${user.fullName.padEnd(14)} ${user.key}`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
