import 'server-only';
import { getSessionConfig } from '../config/env';
import { getSharedStore } from '../server/shared-store';
import { forgetSessionSeals } from './opened-seals';

/**
 * Revoked sign-ins, by session id, in the shared store: a cookie captured before sign-out
 * opens no session afterwards, on any instance. Each revocation is kept until the session
 * would have ended anyway, plus the minute of clock skew a seal is allowed.
 */

const PREFIX = 'revoked-session:';
const SKEW_SECONDS = 60;

export async function revokeSession(sid: string, expiresAt: number): Promise<void> {
  const config = getSessionConfig();
  const remaining = Math.min((expiresAt - Date.now()) / 1000, config.ttlSeconds) + SKEW_SECONDS;
  forgetSessionSeals(sid, config.passwords);
  if (remaining > 0) await getSharedStore().mark(`${PREFIX}${sid}`, remaining);
}

export function isSessionRevoked(sid: string): Promise<boolean> {
  return getSharedStore().isMarked(`${PREFIX}${sid}`);
}
