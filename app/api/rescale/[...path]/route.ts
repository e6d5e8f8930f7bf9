import { jsonErrorResponse } from '@/lib/rescale/errors';
import { forwardToRescale } from '@/lib/rescale/forward';
import { startProxyCallLog, type ProxyCallLog } from '@/lib/rescale/request-log';
import { notSignedInProblem } from '@/lib/auth/not-signed-in';
import { readSignedIn } from '@/lib/auth/session';
import { withStaticContentSecurityPolicy } from '@/lib/security/security-headers';
import { logger } from '@/lib/server/logger';
import { revokeSession } from '@/lib/auth/revocations';

/**
 * `/api/rescale/v2/...` → the signed-in user's Rescale region (lib/rescale/forward.ts).
 * It asks for the same signed-in state as pages: both cookies, the same sign-in, not
 * revoked. A key that Rescale rejects ends the sign-in, and says so to every call after it.
 */

export const dynamic = 'force-dynamic';
/**
 * On Vercel each call is a function invocation: Node.js for streams and `node:crypto`, and
 * the longest run every plan allows, since a proxied download lasts as long as its transfer.
 */
export const runtime = 'nodejs';
export const maxDuration = 300;

async function proxy(request: Request): Promise<Response> {
  const call = startProxyCallLog(request, logger);
  try {
    return call.finish(withStaticContentSecurityPolicy(await answer(request, call.upstream)));
  } catch (error) {
    call.fail();
    throw error;
  }
}

async function answer(request: Request, onUpstream: ProxyCallLog['upstream']): Promise<Response> {
  const reading = await readSignedIn();
  if (reading.state !== 'signed-in') {
    const { detail, code } = notSignedInProblem(reading);
    return jsonErrorResponse(401, detail, code);
  }
  const { session } = reading;
  const response = await forwardToRescale(request, session, { onUpstream });
  // Before the answer goes back, so that no call the browser makes after it finds the session merely gone.
  if (response.status === 401) await revokeSession(session.sid, session.expiresAt, 'key-rejected');
  return response;
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
