/**
 * Why a sign-in was revoked, told the same way by every store: the revocation tests run
 * these against memory and against a real redis-server. The caller sets SESSION_SECRET
 * (and REDIS_URL or not) before loading the modules it passes in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as Revocations from '../../lib/auth/revocations';
import type * as SharedStore from '../../lib/server/shared-store';

type Modules = { revocations: typeof Revocations; sharedStore: typeof SharedStore };

const sandbox = { id: 'sandbox', label: 'sandbox', url: 'http://127.0.0.1:4010' };
let signIns = 0;

/** A fresh sign-in's cookies, sealed as the app seals them. */
async function signedInCookies(): Promise<{
  sid: string;
  expiresAt: number;
  cookies: Record<string, string>;
}> {
  const { getSessionConfig } = await import('../../lib/config/env');
  const { sealVault, VAULT_COOKIE } = await import('../../lib/auth/vault');
  const { sealIdentityToken, IDENTITY_COOKIE } = await import('../../lib/auth/identity-token');
  signIns += 1;
  const sid = `sid-reason-${process.pid}-${signIns}-${Date.now()}`;
  const expiresAt = Date.now() + 600_000;
  const config = getSessionConfig();
  const user = { email: 'ada@example.com', fullName: 'Ada Lovelace' };
  const cookies = {
    [VAULT_COOKIE]: await sealVault({ sid, expiresAt, key: 'a'.repeat(40), platform: sandbox, user }, config),
    [IDENTITY_COOKIE]: await sealIdentityToken(
      { sub: user.email, email: user.email, name: user.fullName, region: sandbox.id, sid, expiresAt },
      config,
    ),
  };
  return { sid, expiresAt, cookies };
}

export function describeRevocationReasons(kind: 'memory' | 'redis', { revocations, sharedStore }: Modules) {
  const { revokeSession, sessionRevocation, isSessionRevoked } = revocations;

  describe(`why a sign-in was revoked, in ${kind}`, () => {
    it('is kept: Rescale rejected the key, or the user signed out; a standing sign-in has no reason', async () => {
      assert.equal(sharedStore.getSharedStore().kind, kind);
      await revokeSession(`rejected-${kind}`, Date.now() + 60_000, 'key-rejected');
      await revokeSession(`signed-out-${kind}`, Date.now() + 60_000, 'signed-out');
      assert.equal(await sessionRevocation(`rejected-${kind}`), 'key-rejected');
      assert.equal(await sessionRevocation(`signed-out-${kind}`), 'signed-out');
      assert.equal(await sessionRevocation(`standing-${kind}`), null);
      assert.equal(await isSessionRevoked(`rejected-${kind}`), true);
    });

    it('is the first one given: a later revocation of the same sign-in changes nothing', async () => {
      await revokeSession(`rejected-first-${kind}`, Date.now() + 60_000, 'key-rejected');
      await revokeSession(`rejected-first-${kind}`, Date.now() + 60_000, 'signed-out');
      assert.equal(await sessionRevocation(`rejected-first-${kind}`), 'key-rejected');
      await revokeSession(`signed-out-first-${kind}`, Date.now() + 60_000, 'signed-out');
      await revokeSession(`signed-out-first-${kind}`, Date.now() + 60_000, 'key-rejected');
      assert.equal(await sessionRevocation(`signed-out-first-${kind}`), 'signed-out');
    });

    it('reads as a sign-out when the mark holds no reason, as marks made before reasons were kept', async () => {
      await sharedStore.getSharedStore().mark(`revoked-session:unexplained-${kind}`, 60);
      assert.equal(await sessionRevocation(`unexplained-${kind}`), 'signed-out');
    });

    it('tells every request after a rejected key that the key was rejected, not that the session expired', async () => {
      const { readSignIn } = await import('../../lib/auth/sign-in-state');
      const { notSignedInProblem, signInReasonForReading } = await import('../../lib/auth/not-signed-in');
      const { getSessionConfig } = await import('../../lib/config/env');
      process.env.RESCALE_PLATFORMS = `${sandbox.id}=${sandbox.url}`;
      const { sid, expiresAt, cookies } = await signedInCookies();
      const read = () => readSignIn((name) => cookies[name], getSessionConfig(), sessionRevocation);
      assert.equal((await read()).state, 'signed-in');

      await revokeSession(sid, expiresAt, 'key-rejected');
      // The app's sign-out, arriving while the rejection is being told, must not reword it.
      await revokeSession(sid, expiresAt, 'signed-out');
      const readings = await Promise.all(Array.from({ length: 10 }, read));
      for (const reading of readings) {
        assert.deepEqual(reading, { state: 'ended', reason: 'revoked' });
        assert.equal(signInReasonForReading(reading), 'revoked');
        assert.equal(notSignedInProblem(reading).code, 'key_rejected');
      }
    });

    it('tells requests after a sign-out that the session ended', async () => {
      const { readSignIn } = await import('../../lib/auth/sign-in-state');
      const { notSignedInProblem } = await import('../../lib/auth/not-signed-in');
      const { getSessionConfig } = await import('../../lib/config/env');
      process.env.RESCALE_PLATFORMS = `${sandbox.id}=${sandbox.url}`;
      const { sid, expiresAt, cookies } = await signedInCookies();
      await revokeSession(sid, expiresAt, 'signed-out');
      const reading = await readSignIn((name) => cookies[name], getSessionConfig(), sessionRevocation);
      assert.deepEqual(reading, { state: 'ended', reason: 'expired' });
      assert.equal(notSignedInProblem(reading).code, 'session_missing');
    });
  });
}
