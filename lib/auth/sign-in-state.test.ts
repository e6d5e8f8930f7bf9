import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseSessionSecrets } from '../config/session-config';
import { IDENTITY_COOKIE, openIdentityToken, sealIdentityToken } from './identity-token';
import { readSignInState } from './sign-in-state';
import { sealVault, VAULT_COOKIE, type RescaleSession } from './vault';

const options = { passwords: parseSessionSecrets('s'.repeat(32)), ttlSeconds: 3600 };
const sandbox = { id: 'sandbox', label: 'sandbox', url: 'http://127.0.0.1:4010' };
const ada: RescaleSession = {
  key: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0',
  platform: sandbox,
  user: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
};
const adaIdentity = {
  sub: 'ada@example.com',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  region: 'sandbox',
};

const original = process.env.RESCALE_PLATFORMS;
beforeEach(() => {
  process.env.RESCALE_PLATFORMS = `sandbox=${sandbox.url}`;
});
afterEach(() => {
  if (original === undefined) delete process.env.RESCALE_PLATFORMS;
  else process.env.RESCALE_PLATFORMS = original;
});

function jar(cookies: Record<string, string>) {
  return (name: string) => cookies[name];
}

describe('the identity token', () => {
  it('opens what it sealed and holds no key', async () => {
    const sealed = await sealIdentityToken(adaIdentity, options);
    assert.deepEqual(await openIdentityToken(sealed, options), adaIdentity);
    assert.ok(!sealed.includes('ada@example.com'));
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

  it('has ended when the region left the allowlist', async () => {
    const cookies = {
      [VAULT_COOKIE]: await sealVault(ada, options),
      [IDENTITY_COOKIE]: await sealIdentityToken(adaIdentity, options),
    };
    process.env.RESCALE_PLATFORMS = 'us=https://platform.rescale.com';
    assert.equal(await readSignInState(jar(cookies), options), 'ended');
  });
});
