import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionConfig } from '../config/env';
import { isRescaleError } from '../rescale/errors';
import { signInUrl } from './sign-in-url';
import { openVault, sealVault, vaultCookieOptions, VAULT_COOKIE, type RescaleSession } from './vault';

export type { RescaleSession } from './vault';

/**
 * The signed-in user's key, region and identity, or null (absent, expired, region not allowed).
 * Opened once per server render: the layout and the page both ask, and each opening
 * derives a key from the secret.
 */
export const getRescaleSession = cache(async (): Promise<RescaleSession | null> => {
  const store = await cookies();
  return openVault(store.get(VAULT_COOKIE)?.value, getSessionConfig());
});

/**
 * The session for a page, or a redirect to sign-in that brings the user back to
 * `returnTo`. A cookie that no longer opens means the session ended, and says so.
 */
export async function requirePageSession(returnTo: string): Promise<RescaleSession> {
  const session = await getRescaleSession();
  if (session) return session;
  const hadSession = (await cookies()).has(VAULT_COOKIE);
  redirect(signInUrl(returnTo, hadSession ? 'expired' : undefined));
}

/** Only for code running in a route handler or server action (where cookies can be set). */
export async function saveRescaleSession(session: RescaleSession): Promise<void> {
  const config = getSessionConfig();
  const sealed = await sealVault(session, config);
  (await cookies()).set(VAULT_COOKIE, sealed, vaultCookieOptions(config.ttlSeconds));
}

export async function clearRescaleSession(): Promise<void> {
  (await cookies()).set(VAULT_COOKIE, '', { ...vaultCookieOptions(0), maxAge: 0 });
}

/**
 * Sends the user to sign-in, then back to `returnTo`, when Rescale rejected the stored
 * key (a 401: revoked or expired on Rescale's side). Call it in a page's catch block
 * before handling other errors; anything else is left to the caller.
 */
export function redirectIfKeyRejected(error: unknown, returnTo: string): void {
  if (isRescaleError(error) && error.status === 401) redirect(signInUrl(returnTo, 'revoked'));
}
