import 'server-only';
import { unsealData } from 'iron-session';
import type { SessionPasswords } from '../config/session-config';

/**
 * Opened seals, remembered per process so that a cookie is opened (two PBKDF2 key
 * derivations, about half a millisecond of CPU) once, not on every request. Keyed by the
 * sealed value itself, so only the exact cookie finds its entry; bounded in size, each
 * entry ending when its seal does, and dropped when its session is revoked. Kept per set
 * of secrets, and on `globalThis` so that `proxy.ts` and the route bundles share it.
 */

export const MAX_OPENED_SEALS = 2000;

type Entry = { value: Record<string, unknown>; expiresAt: number };
type Cache = Map<string, Entry>;

const HOLDER = Symbol.for('rescale-dashboard.opened-seals');
type Holder = { [HOLDER]?: WeakMap<SessionPasswords, Cache> };

function cacheFor(passwords: SessionPasswords): Cache {
  const holder = globalThis as Holder;
  const caches = (holder[HOLDER] ??= new WeakMap());
  let cache = caches.get(passwords);
  if (!cache) {
    cache = new Map();
    caches.set(passwords, cache);
  }
  return cache;
}

/** The expiry written into an iron seal (`Fe26.2*id*salt*iv*data*expiration*…~version`). */
function sealExpiry(sealed: string, ttlSeconds: number): number {
  const expiration = sealed.replace(/~\d+$/, '').split('*')[5];
  return expiration && /^\d+$/.test(expiration) ? Number(expiration) : Date.now() + ttlSeconds * 1000;
}

export type SealOptions = { passwords: SessionPasswords; ttlSeconds: number };

function remember(cache: Cache, sealed: string, value: Record<string, unknown>, expiresAt: number): void {
  cache.delete(sealed);
  cache.set(sealed, { value, expiresAt });
  if (cache.size > MAX_OPENED_SEALS) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
}

/**
 * The contents of a seal, or `{}` when it does not open (tampered with, expired, sealed
 * by a secret no longer configured), as `unsealData` answers. Callers get a copy.
 */
export async function openSeal(sealed: string, options: SealOptions): Promise<Record<string, unknown>> {
  const cache = cacheFor(options.passwords);
  const hit = cache.get(sealed);
  if (hit) {
    if (hit.expiresAt > Date.now()) {
      remember(cache, sealed, hit.value, hit.expiresAt);
      return structuredClone(hit.value);
    }
    cache.delete(sealed);
  }
  const value = await unsealData<Record<string, unknown>>(sealed, {
    password: options.passwords,
    ttl: options.ttlSeconds,
  });
  if (Object.keys(value).length > 0) {
    remember(cache, sealed, structuredClone(value), sealExpiry(sealed, options.ttlSeconds));
  }
  return value;
}

/** Remembers what a seal just made holds, so the first request that brings it back opens nothing. */
export function rememberSeal(sealed: string, value: Record<string, unknown>, options: SealOptions): void {
  remember(
    cacheFor(options.passwords),
    sealed,
    structuredClone(value),
    sealExpiry(sealed, options.ttlSeconds),
  );
}

/** Drops every opened seal of session `sid`, in this process, once it is revoked. */
export function forgetSessionSeals(sid: string, passwords: SessionPasswords): void {
  const cache = cacheFor(passwords);
  for (const [sealed, entry] of cache) if (entry.value.sid === sid) cache.delete(sealed);
}
