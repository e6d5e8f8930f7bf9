import 'server-only';
import { z } from 'zod';
import type { Platform } from './platforms';
import { rescalePaths } from './rescale/paths';

/**
 * Checks a key against its region with `GET /api/v2/users/me/` and tells apart a key the
 * region rejects from a region that cannot be reached, so sign-in can say which.
 */

export type KeyProblem = 'rejected' | 'unreachable' | 'unavailable';
export type KeyCheck = { ok: true; user: { email: string; fullName: string } } | { ok: false; problem: KeyProblem };

const meSchema = z.object({ email: z.string().min(1), fullName: z.string().default('') });

const CHECK_TIMEOUT_MS = 15_000;

export async function verifyKey(platform: Platform, key: string): Promise<KeyCheck> {
  let response: Response;
  try {
    response = await fetch(`${platform.url}/api/${rescalePaths.me()}`, {
      headers: { Authorization: `Token ${key}`, Accept: 'application/json' },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (response.status === 401 || response.status === 403) return { ok: false, problem: 'rejected' };
  if (!response.ok) return { ok: false, problem: 'unavailable' };
  const body = meSchema.safeParse(await response.json().catch(() => null));
  if (!body.success) return { ok: false, problem: 'unavailable' };
  return { ok: true, user: { email: body.data.email, fullName: body.data.fullName } };
}
