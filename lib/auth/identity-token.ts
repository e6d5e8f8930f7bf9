import { sealData, unsealData } from 'iron-session';
import type { JWT } from 'next-auth/jwt';
import type { VaultOptions } from './vault';

/**
 * next-auth's session token, sealed by iron-session with the same rotating secrets as
 * the key vault (next-auth's own JWE takes a single secret). It holds identity only:
 * email, name, region. Never the key.
 */

export const IDENTITY_COOKIE = 'rescale_identity';

export function sealIdentityToken(
  token: JWT,
  options: VaultOptions,
  maxAgeSeconds?: number,
): Promise<string> {
  return sealData(token, { password: options.passwords, ttl: maxAgeSeconds ?? options.ttlSeconds });
}

export async function openIdentityToken(
  sealed: string | undefined,
  options: VaultOptions,
): Promise<JWT | null> {
  if (!sealed) return null;
  try {
    const token = await unsealData<JWT>(sealed, { password: options.passwords, ttl: options.ttlSeconds });
    return typeof token.email === 'string' && typeof token.region === 'string' ? token : null;
  } catch {
    return null;
  }
}
