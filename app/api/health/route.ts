import packageJson from '@/package.json';
import { checkReadiness } from '@/lib/server/readiness';

/**
 * `GET /api/health`: the process is up (liveness), with no session, no upstream call and
 * no cookie. `GET /api/health?ready=1`: it should also get traffic (readiness), or 503
 * with the reason. Never cached: a stored answer would hide the instance's state.
 */

export const dynamic = 'force-dynamic';

const headers = { 'cache-control': 'no-store' };

export async function GET(request: Request): Promise<Response> {
  const { version } = packageJson;
  if (new URL(request.url).searchParams.get('ready') !== '1') {
    return Response.json({ status: 'ok', version }, { headers });
  }
  const readiness = await checkReadiness();
  if (readiness.ok) return Response.json({ status: 'ready', version }, { headers });
  return Response.json(
    { status: 'unavailable', reason: readiness.reason, version },
    { status: 503, headers },
  );
}
