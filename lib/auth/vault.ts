import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import type { SessionPasswords } from '../config/session-config';
import { findPlatform, type Platform } from '../config/platforms';

/**
 * The key vault: an iron-session seal (encrypted and signed) in an HttpOnly, Secure,
 * SameSite=Lax cookie. Pure functions over the cookie value, shared by `proxy.ts` and
 * `lib/auth/session.ts` so there is one reading of the cookie.
 */

export type RescaleSession = {
  key: string;
  platform: Platform;
  user: { email: string; fullName: string };
};

export const VAULT_COOKIE = 'rescale_session';

const vaultSchema = z.object({
  key: z.string().min(1),
  platform: z.object({ id: z.string().min(1), url: z.string().min(1) }),
  user: z.object({ email: z.string(), fullName: z.string() }),
});

export type VaultOptions = { passwords: SessionPasswords; ttlSeconds: number };

export function sealVault(session: RescaleSession, options: VaultOptions): Promise<string> {
  const contents: z.infer<typeof vaultSchema> = {
    key: session.key,
    platform: { id: session.platform.id, url: session.platform.url },
    user: { email: session.user.email, fullName: session.user.fullName },
  };
  return sealData(contents, { password: options.passwords, ttl: options.ttlSeconds });
}

/**
 * The session in a vault cookie, or null when it is absent, tampered with, sealed by a
 * secret no longer configured, expired, or names a region (id and URL) that is not in
 * the allowlist in force.
 */
export async function openVault(
  sealed: string | undefined,
  options: VaultOptions,
): Promise<RescaleSession | null> {
  if (!sealed) return null;
  let contents: unknown;
  try {
    contents = await unsealData(sealed, { password: options.passwords, ttl: options.ttlSeconds });
  } catch {
    return null;
  }
  const parsed = vaultSchema.safeParse(contents);
  if (!parsed.success) return null;
  const platform = findPlatform(parsed.data.platform.id);
  if (!platform || platform.url !== parsed.data.platform.url) return null;
  return { key: parsed.data.key, platform, user: parsed.data.user };
}

export type VaultCookieOptions = {
  httpOnly: true;
  secure: true;
  sameSite: 'lax';
  path: '/';
  maxAge: number;
};

/** The cookie ends a minute before its seal, as iron-session does, to absorb clock skew. */
export function vaultCookieOptions(ttlSeconds: number): VaultCookieOptions {
  return { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: Math.max(ttlSeconds - 60, 0) };
}
