import 'server-only';
import { getSessionConfig } from '../config/env';
import { getSharedStore } from '../server/shared-store';
import { forgetSessionSeals } from './opened-seals';
import type { Revocation } from './sign-in-state';

/**
 * Revoked sign-ins, by session id, in the shared store: a cookie captured before sign-out
 * opens no session afterwards, on any instance. Each revocation is kept until the session
 * would have ended anyway, plus the minute of clock skew a seal is allowed.
 *
 * A revocation keeps why it was made, and the first one made stands: when Rescale rejects
 * the key, the calls under way at that moment all find the session revoked for that reason,
 * whichever of them is answered first, so every one of them tells the user the same thing.
 */

const PREFIX = 'revoked-session:';
const SKEW_SECONDS = 60;
const KEY_REJECTED: Revocation = 'key-rejected';

export async function revokeSession(sid: string, expiresAt: number, reason: Revocation): Promise<void> {
  const config = getSessionConfig();
  const remaining = Math.min((expiresAt - Date.now()) / 1000, config.ttlSeconds) + SKEW_SECONDS;
  forgetSessionSeals(sid, config.passwords);
  if (remaining > 0) await getSharedStore().mark(`${PREFIX}${sid}`, remaining, reason);
}

/**
 * Why the sign-in was revoked, or null while it stands. A mark written before revocations
 * kept their reason holds no reason, and reads as a sign-out.
 */
export async function sessionRevocation(sid: string): Promise<Revocation | null> {
  const value = await getSharedStore().markValue(`${PREFIX}${sid}`);
  if (value === null) return null;
  return value === KEY_REJECTED ? KEY_REJECTED : 'signed-out';
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await sessionRevocation(sid)) !== null;
}
