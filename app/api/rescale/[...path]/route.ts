import { jsonErrorResponse } from '@/lib/rescale/errors';
import { forwardToRescale } from '@/lib/rescale/forward';
import { getRescaleSession } from '@/lib/auth/session';
import { withStaticContentSecurityPolicy } from '@/lib/security/security-headers';

/** `/api/rescale/v2/...` → the signed-in user's Rescale region (lib/rescale/forward.ts). */

export const dynamic = 'force-dynamic';

async function proxy(request: Request): Promise<Response> {
  return withStaticContentSecurityPolicy(await answer(request));
}

async function answer(request: Request): Promise<Response> {
  const session = await getRescaleSession();
  if (!session) {
    return jsonErrorResponse(
      401,
      'Your dashboard session has ended or you are not signed in. Sign in again with your Rescale API key.',
      'session_missing',
    );
  }
  return forwardToRescale(request, session);
}

// OPTIONS too, so that the proxy refuses it with its own 405 rather than Next answering 204.
export {
  proxy as GET,
  proxy as HEAD,
  proxy as POST,
  proxy as PUT,
  proxy as PATCH,
  proxy as DELETE,
  proxy as OPTIONS,
};
