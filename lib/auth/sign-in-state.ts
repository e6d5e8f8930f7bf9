import { IDENTITY_COOKIE, openIdentityToken } from './identity-token';
import { openVault, VAULT_COOKIE, type VaultOptions } from './vault';

/**
 * Whether a request is signed in: both sessions open, and they name the same person and
 * region. `ended` means cookies were there but no longer hold a usable session (expired,
 * secret retired, region removed), so sign-in can say the session ended.
 */
export type SignInState = 'signed-in' | 'ended' | 'signed-out';

export async function readSignInState(
  cookie: (name: string) => string | undefined,
  options: VaultOptions,
): Promise<SignInState> {
  const sealedVault = cookie(VAULT_COOKIE);
  const sealedIdentity = cookie(IDENTITY_COOKIE);
  if (!sealedVault && !sealedIdentity) return 'signed-out';
  const [session, identity] = await Promise.all([
    openVault(sealedVault, options),
    openIdentityToken(sealedIdentity, options),
  ]);
  const consistent =
    session !== null &&
    identity !== null &&
    identity.email === session.user.email &&
    identity.region === session.platform.id;
  return consistent ? 'signed-in' : 'ended';
}
