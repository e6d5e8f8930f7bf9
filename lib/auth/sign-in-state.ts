import 'server-only';
import { IDENTITY_COOKIE, openIdentityToken } from './identity-token';
import { openVault, VAULT_COOKIE, type VaultOptions, type VaultSession } from './vault';

/**
 * Whether a request is signed in: both sessions open, name the same person, region and
 * sign-in (session id), and that sign-in has not been revoked. `ended` means cookies
 * were there but no longer hold a usable session (signed out, expired, secret retired,
 * region removed), so sign-in can say the session ended.
 */
export type SignInState = 'signed-in' | 'ended' | 'signed-out';

export type Identity = { email: string; name: string; region: string };

export type SignInReading =
  { state: 'signed-in'; session: VaultSession; identity: Identity } | { state: 'ended' | 'signed-out' };

/** Whether the sign-in with this session id has been revoked (signed out). */
export type RevocationCheck = (sid: string) => Promise<boolean>;

export async function readSignIn(
  cookie: (name: string) => string | undefined,
  options: VaultOptions,
  isRevoked: RevocationCheck,
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
  if (!consistent || (await isRevoked(session.sid))) return { state: 'ended' };
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
