import 'server-only';
import { sealData } from 'iron-session';
import { z } from 'zod';
import type { SessionPasswords } from '../config/session-config';
import { findPlatform, type Platform } from '../config/platforms';
import { sessionCookieName, sessionCookieOptions, type SessionCookieOptions } from './cookie-names';
import { openSeal, rememberSeal } from './opened-seals';

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

/**
 * A signed-in session as the vault holds it: the key, region and identity, plus the
 * random id that names this sign-in (for revocation) and when it ends (ms since epoch).
 */
export type VaultSession = RescaleSession & { sid: string; expiresAt: number };

export const VAULT_COOKIE = sessionCookieName('rescale_session');

const vaultSchema = z.object({
  sid: z.string().min(16),
  expiresAt: z.number(),
  key: z.string().min(1),
  platform: z.object({ id: z.string().min(1), url: z.string().min(1) }),
  user: z.object({ email: z.string(), fullName: z.string() }),
});

export type VaultOptions = { passwords: SessionPasswords; ttlSeconds: number };

export async function sealVault(session: VaultSession, options: VaultOptions): Promise<string> {
  const contents: z.infer<typeof vaultSchema> = {
    sid: session.sid,
    expiresAt: session.expiresAt,
    key: session.key,
    platform: { id: session.platform.id, url: session.platform.url },
    user: { email: session.user.email, fullName: session.user.fullName },
  };
  const sealed = await sealData(contents, { password: options.passwords, ttl: options.ttlSeconds });
  rememberSeal(sealed, contents, options);
  return sealed;
}

/**
 * The session in a vault cookie, or null when it is absent, tampered with, sealed by a
 * secret no longer configured, expired, or names a region (id and URL) that is not in
 * the allowlist in force.
 */
export async function openVault(
  sealed: string | undefined,
  options: VaultOptions,
): Promise<VaultSession | null> {
  if (!sealed) return null;
  let contents: unknown;
  try {
    contents = await openSeal(sealed, options);
  } catch {
    return null;
  }
  const parsed = vaultSchema.safeParse(contents);
  if (!parsed.success) return null;
  const platform = findPlatform(parsed.data.platform.id);
  if (!platform || platform.url !== parsed.data.platform.url) return null;
  const { sid, expiresAt, key, user } = parsed.data;
  return { sid, expiresAt, key, platform, user };
}

export type VaultCookieOptions = SessionCookieOptions & { maxAge: number };

/** The cookie ends a minute before its seal, as iron-session does, to absorb clock skew. */
export function vaultCookieOptions(ttlSeconds: number): VaultCookieOptions {
  return { ...sessionCookieOptions(), maxAge: Math.max(ttlSeconds - 60, 0) };
}
