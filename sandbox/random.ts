/**
 * Deterministic pseudo-randomness: every generated fact in the sandbox derives from
 * the seed plus a label, so the same seed always yields the same jobs, files and bytes.
 */

export type Rng = () => number;

/** FNV-1a, 32 bits: a cheap, stable hash of a label. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for test data. */
export function rngFromNumber(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rngFor(...labels: Array<string | number>): Rng {
  return rngFromNumber(hashString(labels.join('\u0000')));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Platform-looking identifiers (`OsKBd`, `xTyjeg`): letters only, like the reference's. */
export function randomId(rng: Rng, length: number): string {
  let id = '';
  for (let i = 0; i < length; i++) id += LETTERS[Math.floor(rng() * LETTERS.length)];
  return id;
}

export function randomToken(rng: Rng, length: number): string {
  let token = '';
  for (let i = 0; i < length; i++) token += ALPHANUMERIC[Math.floor(rng() * ALPHANUMERIC.length)];
  return token;
}

export function randomBase64Key(rng: Rng): string {
  const bytes = Buffer.alloc(32);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rng() * 256);
  return bytes.toString('base64');
}
