import { jsonErrorResponse } from '@/lib/rescale/errors';
import { forwardToRescale } from '@/lib/rescale/forward';
import { getRescaleSession } from '@/lib/auth/session';
import { revokeSession } from '@/lib/auth/revocations';

/**
 * `/api/rescale/v2/...` → the signed-in user's Rescale region (lib/rescale/forward.ts).
 * It asks for the same signed-in state as pages: both cookies, the same sign-in, not
 * revoked. A key that Rescale rejects ends the sign-in.
 */

export const dynamic = 'force-dynamic';

async function proxy(request: Request): Promise<Response> {
  const session = await getRescaleSession();
  if (!session) {
    return jsonErrorResponse(
      401,
      'Your dashboard session has ended or you are not signed in. Sign in again with your Rescale API key.',
      'session_missing',
    );
  }
  const response = await forwardToRescale(request, session);
  if (response.status === 401) await revokeSession(session.sid, session.expiresAt);
  return response;
}

export { proxy as GET, proxy as HEAD, proxy as POST, proxy as PUT, proxy as PATCH, proxy as DELETE };
