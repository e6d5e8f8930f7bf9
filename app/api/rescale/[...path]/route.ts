import { jsonErrorResponse } from '@/lib/rescale/errors';
import { forwardToRescale } from '@/lib/rescale/forward';
import { startProxyCallLog } from '@/lib/rescale/request-log';
import { getRescaleSession } from '@/lib/auth/session';
import { logger } from '@/lib/server/logger';

/** `/api/rescale/v2/...` → the signed-in user's Rescale region (lib/rescale/forward.ts). */

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
    const session = await getRescaleSession();
    if (!session) {
      return call.finish(
        jsonErrorResponse(
          401,
          'Your dashboard session has ended or you are not signed in. Sign in again with your Rescale API key.',
          'session_missing',
        ),
      );
    }
    return call.finish(await forwardToRescale(request, session, { onUpstream: call.upstream }));
  } catch (error) {
    call.fail();
    throw error;
  }
}

export { proxy as GET, proxy as HEAD, proxy as POST, proxy as PUT, proxy as PATCH, proxy as DELETE };
