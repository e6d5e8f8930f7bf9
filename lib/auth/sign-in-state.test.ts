import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adaSession as ada, allowSandboxRegion } from '../../test/support/signed-in-session';
import { parseSessionSecrets } from '../config/session-config';
import type { RevocationCheck } from './sign-in-state';

const { IDENTITY_COOKIE, openIdentityToken, sealIdentityToken } = await import('./identity-token');
const { readSignIn } = await import('./sign-in-state');
const { sealVault, VAULT_COOKIE } = await import('./vault');

const options = { passwords: parseSessionSecrets('s'.repeat(32)), ttlSeconds: 3600 };
const adaIdentity = {
  sub: 'ada@example.com',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  region: 'sandbox',
  sid: ada.sid,
  expiresAt: ada.expiresAt,
};
const nothingRevoked: RevocationCheck = async () => null;

async function readSignInState(cookie: (name: string) => string | undefined, opts: typeof options) {
  return (await readSignIn(cookie, opts, nothingRevoked)).state;
}

allowSandboxRegion();

function jar(cookies: Record<string, string>) {
  return (name: string) => cookies[name];
}

describe('the identity token', () => {
  it('opens what it sealed and holds no key', async () => {
    const sealed = await sealIdentityToken(adaIdentity, options);
    assert.deepEqual(await openIdentityToken(sealed, options), adaIdentity);
    assert.ok(!sealed.includes('ada@example.com'));
  });

  it('is null without a session id, as made before sign-ins were revocable', async () => {
    const { sid: _sid, ...withoutSid } = adaIdentity;
    assert.equal(await openIdentityToken(await sealIdentityToken(withoutSid, options), options), null);
  });

  it('is null when absent, tampered with or without an identity', async () => {
    assert.equal(await openIdentityToken(undefined, options), null);
    assert.equal(await openIdentityToken('Fe26.2*1*tampered', options), null);
    assert.equal(await openIdentityToken(await sealIdentityToken({ name: 'x' }, options), options), null);
  });
});

describe('readSignInState', () => {
  it('is signed-out without either cookie', async () => {
    assert.equal(await readSignInState(jar({}), options), 'signed-out');
  });

  it('is signed-in when both sessions open and name the same person and region', async () => {
    const cookies = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken(adaIdentity, options),
    };
    assert.equal(await readSignInState(jar(cookies), options), 'signed-in');
  });

  it('has ended when only one of the two sessions is there', async () => {
    assert.equal(
      await readSignInState(jar({ [VAULT_COOKIE]: await sealVault(ada, options) }), options),
      'ended',
    );
    assert.equal(
      await readSignInState(
        jar({ [IDENTITY_COOKIE]: await sealIdentityToken(adaIdentity, options) }),
        options,
      ),
      'ended',
    );
  });

  it('has ended when the two sessions disagree on who or where', async () => {
    const vault = await sealVault(ada, options);
    const grace = await sealIdentityToken({ ...adaIdentity, email: 'grace@example.com' }, options);
    const elsewhere = await sealIdentityToken({ ...adaIdentity, region: 'us' }, options);
    assert.equal(
      await readSignInState(jar({ [VAULT_COOKIE]: vault, [IDENTITY_COOKIE]: grace }), options),
      'ended',
    );
    assert.equal(
      await readSignInState(jar({ [VAULT_COOKIE]: vault, [IDENTITY_COOKIE]: elsewhere }), options),
      'ended',
    );
  });

  it('has ended when the two cookies come from different sign-ins of the same person', async () => {
    const cookies = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken({ ...adaIdentity, sid: 'another-sign-in-01234' }, options),
    };
    assert.equal(await readSignInState(jar(cookies), options), 'ended');
  });

  it('has ended once its sign-in is revoked, and names the revoked session id', async () => {
    const cookies = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken(adaIdentity, options),
    };
    const asked: string[] = [];
    const revoked: RevocationCheck = async (sid) => {
      asked.push(sid);
      return sid === ada.sid ? 'signed-out' : null;
    };
    assert.deepEqual(await readSignIn(jar(cookies), options, revoked), { state: 'ended', reason: 'expired' });
    assert.deepEqual(asked, [ada.sid]);
    const signedIn = await readSignIn(jar(cookies), options, nothingRevoked);
    assert.equal(signedIn.state, 'signed-in');
    assert.deepEqual(signedIn.state === 'signed-in' ? signedIn.identity : null, {
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      region: 'sandbox',
    });
  });

  it('has ended as revoked when its sign-in was revoked because Rescale rejected the key', async () => {
    const cookies = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken(adaIdentity, options),
    };
    const rejected: RevocationCheck = async () => 'key-rejected';
    assert.deepEqual(await readSignIn(jar(cookies), options, rejected), {
      state: 'ended',
      reason: 'revoked',
    });
  });

  it('has ended as expired when the cookies no longer open, whatever the store says', async () => {
    const rejected: RevocationCheck = async () => 'key-rejected';
    const tampered = { [VAULT_COOKIE]: 'Fe26.2*1*tampered', [IDENTITY_COOKIE]: 'Fe26.2*1*tampered' };
    assert.deepEqual(await readSignIn(jar(tampered), options, rejected), {
      state: 'ended',
      reason: 'expired',
    });
  });

  it('has ended when the region left the allowlist', async () => {
    const cookies = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken(adaIdentity, options),
    };
    process.env.RESCALE_PLATFORMS = 'us=https://platform.rescale.com';
    assert.equal(await readSignInState(jar(cookies), options), 'ended');
  });
});
