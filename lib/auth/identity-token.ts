import 'server-only';
import { sealData } from 'iron-session';
import type { JWT } from 'next-auth/jwt';
import { sessionCookieName } from './cookie-names';
import { openSeal, rememberSeal } from './opened-seals';
import type { VaultOptions } from './vault';

/**
 * next-auth's session token, sealed by iron-session with the same rotating secrets as
 * the key vault (next-auth's own JWE takes a single secret). It holds identity only:
 * email, name, region, and the session id it shares with the vault. Never the key.
 */

export const IDENTITY_COOKIE = sessionCookieName('rescale_identity');

export async function sealIdentityToken(
  token: JWT,
  options: VaultOptions,
  maxAgeSeconds?: number,
): Promise<string> {
  const ttlSeconds = maxAgeSeconds ?? options.ttlSeconds;
  const sealed = await sealData(token, { password: options.passwords, ttl: ttlSeconds });
  rememberSeal(sealed, token, { passwords: options.passwords, ttlSeconds });
  return sealed;
}

export async function openIdentityToken(
  sealed: string | undefined,
  options: VaultOptions,
): Promise<JWT | null> {
  if (!sealed) return null;
  try {
    const token: JWT = await openSeal(sealed, options);
    return typeof token.email === 'string' &&
      typeof token.region === 'string' &&
      typeof token.sid === 'string' &&
      typeof token.expiresAt === 'number'
      ? token
      : null;
  } catch {
    return null;
  }
}
