import 'server-only';
import { IDENTITY_COOKIE, openIdentityToken } from './identity-token';
import type { SignInReason } from './sign-in-url';
import { openVault, VAULT_COOKIE, type VaultOptions, type VaultSession } from './vault';

/**
 * Whether a request is signed in: both sessions open, name the same person, region and
 * sign-in (session id), and that sign-in has not been revoked. `ended` means cookies
 * were there but no longer hold a usable session (signed out, expired, secret retired,
 * region removed, or Rescale rejected the key), so sign-in can say why: `revoked` when
 * the sign-in was ended because Rescale rejected its key, `expired` otherwise.
 */
export type SignInState = 'signed-in' | 'ended' | 'signed-out';

export type Identity = { email: string; name: string; region: string };

export type SignInReading =
  | { state: 'signed-in'; session: VaultSession; identity: Identity }
  | { state: 'ended'; reason: SignInReason }
  | { state: 'signed-out' };

/** Why a sign-in was revoked: Rescale rejected its key, or the user signed out. */
export type Revocation = 'key-rejected' | 'signed-out';

/** Why the sign-in with this session id has been revoked, or null while it stands. */
export type RevocationCheck = (sid: string) => Promise<Revocation | null>;

const EXPIRED: SignInReading = { state: 'ended', reason: 'expired' };

export async function readSignIn(
  cookie: (name: string) => string | undefined,
  options: VaultOptions,
  revocationOf: RevocationCheck,
): Promise<SignInReading> {
  const sealedVault = cookie(VAULT_COOKIE);
  const sealedIdentity = cookie(IDENTITY_COOKIE);
  if (!sealedVault && !sealedIdentity) return { state: 'signed-out' };
  const [session, token] = await Promise.all([
    openVault(sealedVault, options),
    openIdentityToken(sealedIdentity, options),
  ]);
  const consistent =
    session !== null &&
    token !== null &&
    token.email === session.user.email &&
    token.region === session.platform.id &&
    token.sid === session.sid;
  if (!consistent) return EXPIRED;
  const revocation = await revocationOf(session.sid);
  if (revocation === 'key-rejected') return { state: 'ended', reason: 'revoked' };
  if (revocation !== null) return EXPIRED;
  return {
    state: 'signed-in',
    session,
    identity: {
      email: session.user.email,
      name: token.name ?? session.user.fullName,
      region: session.platform.id,
    },
  };
}
