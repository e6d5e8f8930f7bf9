import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionConfig } from '../config/env';
import type { Platform } from '../config/platforms';
import { isRescaleError } from '../rescale/errors';
import { IDENTITY_COOKIE } from './identity-token';
import { signInReasonForReading } from './not-signed-in';
import { revokeSession, sessionRevocation } from './revocations';
import { readSignIn, type Identity, type SignInReading } from './sign-in-state';
import { signInUrl } from './sign-in-url';
import {
  openVault,
  sealVault,
  vaultCookieOptions,
  VAULT_COOKIE,
  type RescaleSession,
  type VaultSession,
} from './vault';

export type { RescaleSession } from './vault';
export type { Identity } from './sign-in-state';

/**
 * The request's sign-in, read once per request: `proxy.ts`, the layout, the page and the
 * proxy route all ask, and each reading checks the revocation store. The seals
 * themselves are opened once per process (lib/auth/opened-seals.ts).
 */
export const readSignedIn = cache(async (): Promise<SignInReading> => {
  const store = await cookies();
  return readSignIn((name) => store.get(name)?.value, getSessionConfig(), sessionRevocation);
});

/** The signed-in user's key, region and identity, or null when not fully signed in. */
export async function getRescaleSession(): Promise<VaultSession | null> {
  const reading = await readSignedIn();
  return reading.state === 'signed-in' ? reading.session : null;
}

/** The signed-in identity, or null. */
export async function getSignedInIdentity(): Promise<Identity | null> {
  const reading = await readSignedIn();
  return reading.state === 'signed-in' ? reading.identity : null;
}

/**
 * The session for a page, or a redirect to sign-in that brings the user back to
 * `returnTo`. A cookie that no longer opens means the session ended, and sign-in says why.
 */
export async function requirePageSession(returnTo: string): Promise<RescaleSession> {
  const reading = await readSignedIn();
  if (reading.state === 'signed-in') return reading.session;
  redirect(signInUrl(returnTo, signInReasonForReading(reading)));
}

/**
 * The region of the last session in this browser, revoked or not: sign-in offers it
 * again. Only the region; the key of an ended session is never used.
 */
export async function previousRegion(): Promise<Platform | null> {
  const store = await cookies();
  return (await openVault(store.get(VAULT_COOKIE)?.value, getSessionConfig()))?.platform ?? null;
}

/** Only for code running in a route handler or server action (where cookies can be set). */
export async function saveRescaleSession(session: VaultSession): Promise<void> {
  const config = getSessionConfig();
  const sealed = await sealVault(session, config);
  (await cookies()).set(VAULT_COOKIE, sealed, vaultCookieOptions(config.ttlSeconds));
}

/**
 * Signs out: revokes this sign-in in the shared store, so that a copy of its cookies
 * opens nothing anywhere, then clears both cookies. For a route handler or server action.
 */
export async function endSession(): Promise<void> {
  const store = await cookies();
  const session = await openVault(store.get(VAULT_COOKIE)?.value, getSessionConfig());
  if (session) await revokeSession(session.sid, session.expiresAt, 'signed-out');
  for (const name of [VAULT_COOKIE, IDENTITY_COOKIE]) {
    store.set(name, '', { ...vaultCookieOptions(0), maxAge: 0 });
  }
}

/**
 * Rescale rejected the stored key (a 401: revoked or expired on Rescale's side): revokes
 * the sign-in, whose cookies must not keep opening a session for a key that no longer
 * works, and sends the user to sign-in, then back to `returnTo`.
 */
export async function signInAgainForRejectedKey(returnTo: string): Promise<never> {
  const session = await getRescaleSession();
  if (session) await revokeSession(session.sid, session.expiresAt, 'key-rejected');
  redirect(signInUrl(returnTo, 'revoked'));
}

/**
 * `signInAgainForRejectedKey` when `error` is Rescale's 401. Call it in a page's catch
 * block before handling other errors; anything else is left to the caller.
 */
export async function redirectIfKeyRejected(error: unknown, returnTo: string): Promise<void> {
  if (isRescaleError(error) && error.status === 401) await signInAgainForRejectedKey(returnTo);
}
