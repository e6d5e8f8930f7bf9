import 'server-only';
import { z } from 'zod';
import type { Platform } from '../config/platforms';
import { rescaleJson } from '../rescale/client';
import { isRescaleError } from '../rescale/errors';
import { errorCodeOf } from '../rescale/failure';
import { rescalePaths } from '../rescale/paths';

/**
 * Checks a key against its region with `GET /api/v2/users/me/` and tells apart a key the
 * region rejects from a region that cannot be reached, so sign-in can say which.
 */

export type KeyProblem = 'rejected' | 'unreachable' | 'unavailable';
export type KeyCheck =
  { ok: true; user: { email: string; fullName: string } } | { ok: false; problem: KeyProblem };

const meSchema = z.object({ email: z.string().min(1), fullName: z.string().catch('') });

const CHECK_TIMEOUT_MS = 15_000;

function problemOf(error: unknown): KeyProblem {
  if (!isRescaleError(error)) return 'unavailable';
  if (error.status === 401 || error.status === 403) return 'rejected';
  if (errorCodeOf(error) === 'unreachable') return 'unreachable';
  return 'unavailable';
}

export async function verifyKey(platform: Platform, key: string): Promise<KeyCheck> {
  let body: unknown;
  try {
    body = await rescaleJson<unknown>({ key, platform }, rescalePaths.me(), { timeoutMs: CHECK_TIMEOUT_MS });
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  const me = meSchema.safeParse(body);
  return me.success ? { ok: true, user: me.data } : { ok: false, problem: 'unavailable' };
}
