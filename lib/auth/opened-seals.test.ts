import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { sealData } from 'iron-session';
import {
  adaSession as ada,
  allowSandboxRegion,
  sandboxRegion as sandbox,
} from '../../test/support/signed-in-session';
import { parseSessionSecrets } from '../config/session-config';

const { IDENTITY_COOKIE, sealIdentityToken } = await import('./identity-token');
const { forgetSessionSeals, MAX_OPENED_SEALS, openSeal, rememberSeal } = await import('./opened-seals');
const { readSignIn } = await import('./sign-in-state');
const { sealVault, VAULT_COOKIE } = await import('./vault');

const TTL = 3600;

function freshOptions() {
  return { passwords: parseSessionSecrets('s'.repeat(32)), ttlSeconds: TTL };
}

/** Counts PBKDF2 key derivations: iron-session derives two keys for every seal it opens. */
let derivations = 0;
const deriveBits = webcrypto.subtle.deriveBits.bind(webcrypto.subtle) as (
  ...args: unknown[]
) => Promise<ArrayBuffer>;

allowSandboxRegion();
beforeEach(() => {
  derivations = 0;
  mock.method(webcrypto.subtle, 'deriveBits', (...args: unknown[]) => {
    derivations += 1;
    return deriveBits(...args);
  });
});
afterEach(() => {
  mock.restoreAll();
});

describe('opened seals', () => {
  it('open a seal made elsewhere once: two derivations the first time, none after', async () => {
    const options = freshOptions();
    const sealed = await sealData({ sid: 'a', n: 1 }, { password: options.passwords, ttl: TTL });
    derivations = 0;
    assert.deepEqual(await openSeal(sealed, options), { sid: 'a', n: 1 });
    assert.equal(derivations, 2);
    assert.deepEqual(await openSeal(sealed, options), { sid: 'a', n: 1 });
    assert.deepEqual(await openSeal(sealed, options), { sid: 'a', n: 1 });
    assert.equal(derivations, 2);
  });

  it('hand out copies, so a caller cannot change what the next one opens', async () => {
    const options = freshOptions();
    const sealed = await sealData({ nested: { n: 1 } }, { password: options.passwords, ttl: TTL });
    const first = (await openSeal(sealed, options)) as { nested: { n: number } };
    first.nested.n = 2;
    assert.deepEqual(await openSeal(sealed, options), { nested: { n: 1 } });
  });

  it('keep nothing for a seal that does not open', async () => {
    const options = freshOptions();
    const other = await sealData({ n: 1 }, { password: parseSessionSecrets('o'.repeat(32)), ttl: TTL });
    derivations = 0;
    assert.deepEqual(await openSeal(other, options), {});
    assert.deepEqual(await openSeal(other, options), {});
    assert.ok(derivations >= 2, 'a seal that does not open is tried again, not remembered');
  });

  it('are kept per set of secrets: a seal remembered under one does not open under another', async () => {
    const options = freshOptions();
    const sealed = await sealData({ n: 1 }, { password: options.passwords, ttl: TTL });
    rememberSeal(sealed, { n: 1 }, options);
    assert.deepEqual(
      await openSeal(sealed, { passwords: parseSessionSecrets('o'.repeat(32)), ttlSeconds: TTL }),
      {},
    );
  });

  it('are bounded: the least recently used goes first', async () => {
    const options = freshOptions();
    for (let index = 0; index <= MAX_OPENED_SEALS; index += 1)
      rememberSeal(`seal-${index}`, { index }, options);
    assert.deepEqual(await openSeal(`seal-${MAX_OPENED_SEALS}`, options), { index: MAX_OPENED_SEALS });
    assert.deepEqual(await openSeal('seal-1', options), { index: 1 });
    assert.deepEqual(await openSeal('seal-0', options), {}, 'the oldest entry was dropped');
  });

  it('are dropped when their session is revoked', async () => {
    const options = freshOptions();
    const sealed = await sealData({ sid: 'gone' }, { password: options.passwords, ttl: TTL });
    const kept = await sealData({ sid: 'kept' }, { password: options.passwords, ttl: TTL });
    rememberSeal(sealed, { sid: 'gone' }, options);
    rememberSeal(kept, { sid: 'kept' }, options);
    forgetSessionSeals('gone', options.passwords);
    derivations = 0;
    await openSeal(kept, options);
    assert.equal(derivations, 0);
    await openSeal(sealed, options);
    assert.equal(derivations, 2);
  });

  describe('expiry', () => {
    beforeEach(() => mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-01-01T00:00:00Z') }));
    afterEach(() => mock.timers.reset());

    it('end with their seal', async () => {
      const options = freshOptions();
      const sealed = await sealData({ n: 1 }, { password: options.passwords, ttl: TTL });
      rememberSeal(sealed, { n: 1 }, options);
      mock.timers.tick((TTL - 1) * 1000);
      assert.deepEqual(await openSeal(sealed, options), { n: 1 });
      mock.timers.tick(120 * 1000);
      assert.deepEqual(await openSeal(sealed, options), {});
    });
  });
});

describe('reading a sign-in', () => {
  const identity = {
    email: ada.user.email,
    name: 'Ada Lovelace',
    region: 'sandbox',
    sid: ada.sid,
    expiresAt: ada.expiresAt,
  };
  const notRevoked = async () => null;

  it('derives no key for cookies this process sealed, however often it is read', async () => {
    const options = freshOptions();
    const cookies: Record<string, string> = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken(identity, options),
    };
    derivations = 0;
    for (let view = 0; view < 5; view += 1) {
      assert.equal((await readSignIn((name) => cookies[name], options, notRevoked)).state, 'signed-in');
    }
    assert.equal(derivations, 0);
  });

  it('opens cookies sealed by another instance once: four derivations for both, then none', async () => {
    const options = freshOptions();
    const cookies: Record<string, string> = {
      [VAULT_COOKIE]: await sealData(
        { ...ada, platform: { id: sandbox.id, url: sandbox.url } },
        {
          password: options.passwords,
          ttl: TTL,
        },
      ),
      [IDENTITY_COOKIE]: await sealData(identity, { password: options.passwords, ttl: TTL }),
    };
    derivations = 0;
    assert.equal((await readSignIn((name) => cookies[name], options, notRevoked)).state, 'signed-in');
    assert.equal(derivations, 4);
    for (let view = 0; view < 5; view += 1) await readSignIn((name) => cookies[name], options, notRevoked);
    assert.equal(derivations, 4);
  });
});
