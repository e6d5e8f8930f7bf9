import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { adaSession as session, allowSandboxRegion } from '../../test/support/signed-in-session';
import { parseSessionSecrets } from '../config/session-config';

const { openVault, sealVault, vaultCookieOptions } = await import('./vault');

const OLD = 'o'.repeat(32);
const NEW = 'n'.repeat(32);
const TTL = 3600;

allowSandboxRegion();

describe('the key vault', () => {
  it('opens what it sealed', async () => {
    const options = { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL };
    assert.deepEqual(await openVault(await sealVault(session, options), options), session);
  });

  it('is encrypted: the seal contains neither the key nor the email', async () => {
    const sealed = await sealVault(session, { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL });
    assert.ok(!sealed.includes(session.key));
    assert.ok(!sealed.includes('ada@example.com'));
  });

  it('still opens a session sealed with the previous secret after a rotation', async () => {
    const before = { passwords: parseSessionSecrets(OLD), ttlSeconds: TTL };
    const after = { passwords: parseSessionSecrets(`${NEW},${OLD}`), ttlSeconds: TTL };
    assert.deepEqual(await openVault(await sealVault(session, before), after), session);
  });

  it('seals new sessions with the newest secret only', async () => {
    const rotated = { passwords: parseSessionSecrets(`${NEW},${OLD}`), ttlSeconds: TTL };
    const onlyNew = { passwords: { '2': NEW }, ttlSeconds: TTL };
    const onlyOld = { passwords: { '1': OLD }, ttlSeconds: TTL };
    const sealed = await sealVault(session, rotated);
    assert.deepEqual(await openVault(sealed, onlyNew), session);
    assert.equal(await openVault(sealed, onlyOld), null);
  });

  it('no longer opens once the old secret is retired', async () => {
    const before = { passwords: parseSessionSecrets(OLD), ttlSeconds: TTL };
    const retired = { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL };
    assert.equal(await openVault(await sealVault(session, before), retired), null);
  });

  it('rejects a tampered, truncated or empty cookie', async () => {
    const options = { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL };
    const sealed = await sealVault(session, options);
    const flipped = sealed.slice(0, 40) + (sealed[40] === 'A' ? 'B' : 'A') + sealed.slice(41);
    assert.equal(await openVault(flipped, options), null);
    assert.equal(await openVault(sealed.slice(0, sealed.length / 2), options), null);
    assert.equal(await openVault('', options), null);
    assert.equal(await openVault(undefined, options), null);
    assert.equal(await openVault('garbage', options), null);
  });

  it('rejects a session whose region has left the allowlist', async () => {
    const options = { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL };
    const sealed = await sealVault(session, options);
    process.env.RESCALE_PLATFORMS = 'us=https://platform.rescale.com';
    assert.equal(await openVault(sealed, options), null);
  });

  it('rejects a session whose region now points at another URL', async () => {
    const options = { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL };
    const sealed = await sealVault(session, options);
    process.env.RESCALE_PLATFORMS = 'sandbox=https://elsewhere.example';
    assert.equal(await openVault(sealed, options), null);
  });

  describe('expiry', () => {
    beforeEach(() => mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-01-01T00:00:00Z') }));
    afterEach(() => mock.timers.reset());

    it('rejects a session older than its TTL', async () => {
      const options = { passwords: parseSessionSecrets(NEW), ttlSeconds: TTL };
      const sealed = await sealVault(session, options);
      mock.timers.tick((TTL - 120) * 1000);
      assert.deepEqual(await openVault(sealed, options), session);
      mock.timers.tick(240 * 1000);
      assert.equal(await openVault(sealed, options), null);
    });
  });
});

describe('the vault cookie', () => {
  it('is HttpOnly, Secure, SameSite=Lax and ends a minute before its seal', () => {
    assert.deepEqual(vaultCookieOptions(43200), {
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 43140,
    });
  });
});
