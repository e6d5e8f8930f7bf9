/**
 * The control plane under /_sandbox/: for tests, demos and benchmarks, never for
 * the app. No authentication: it only ever listens on the sandbox's own port.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isoDate } from './clock';
import { parseFaults } from './faults';
import { HttpError, badRequest, readJson, sendEmpty, sendJson } from './http';
import type { Sandbox } from './sandbox';
import { SCOPES, type Scope } from './throttle';
import { ALL_SEED_USERS } from './users';

type ControlHandler = (sandbox: Sandbox, body: Record<string, unknown>, res: ServerResponse) => void;

function parseLimit(value: unknown): { limit: number; windowSeconds: number } | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0)
    return { limit: value, windowSeconds: 3600 };
  if (typeof value === 'object' && value !== null) {
    const { limit, windowSeconds = 3600 } = value as { limit?: unknown; windowSeconds?: unknown };
    if (
      typeof limit === 'number' &&
      Number.isInteger(limit) &&
      limit > 0 &&
      typeof windowSeconds === 'number' &&
      windowSeconds > 0
    ) {
      return { limit, windowSeconds };
    }
  }
  return null;
}

const HANDLERS: Record<string, ControlHandler> = {
  'GET users': (sandbox, _body, res) => {
    sendJson(
      res,
      200,
      ALL_SEED_USERS.map((u) => ({
        email: u.email,
        fullName: u.fullName,
        key: u.key,
        revoked: sandbox.store.revokedKeys.has(u.key),
      })),
    );
  },
  'POST reset': (sandbox, _body, res) => {
    sandbox.reset();
    sendEmpty(res, 204);
  },
  'GET clock': (sandbox, _body, res) =>
    sendJson(res, 200, { now: isoDate(sandbox.now()), timeScale: sandbox.clock.scale }),
  'POST clock': (sandbox, body, res) => {
    if (typeof body.seconds !== 'number' || !Number.isFinite(body.seconds) || body.seconds < 0) {
      throw badRequest({ seconds: ['A number of seconds ≥ 0 is required.'] });
    }
    sandbox.clock.advance(body.seconds);
    sendJson(res, 200, { now: isoDate(sandbox.now()) });
  },
  'GET faults': (sandbox, _body, res) => sendJson(res, 200, sandbox.faults.current),
  'POST faults': (sandbox, body, res) => {
    const faults = parseFaults(body);
    if (typeof faults === 'string') throw badRequest({ detail: faults });
    sandbox.faults.set(faults);
    sendJson(res, 200, faults);
  },
  'POST revoke': (sandbox, body, res) => {
    if (typeof body.key !== 'string' || !sandbox.store.usersByKey.has(body.key))
      throw badRequest({ key: ['Not a seeded key.'] });
    sandbox.store.revokedKeys.add(body.key);
    sendEmpty(res, 204);
  },
  'GET calls': (sandbox, _body, res) => sendJson(res, 200, Object.fromEntries(sandbox.calls)),
  'GET downloads': (sandbox, _body, res) => sendJson(res, 200, sandbox.downloads),
  'GET limits': (sandbox, _body, res) => sendJson(res, 200, sandbox.throttle.describe()),
  'POST limits': (sandbox, body, res) => {
    const entries = Object.entries(body);
    const updates: Array<[Scope, { limit: number; windowSeconds: number }]> = [];
    for (const [scope, value] of entries) {
      const limit = parseLimit(value);
      if (!limit)
        throw badRequest({
          [scope]: ['Give a positive integer per hour, or {"limit": n, "windowSeconds": s}.'],
        });
      if (scope === '*') for (const each of SCOPES) updates.push([each, limit]);
      else if ((SCOPES as string[]).includes(scope)) updates.push([scope as Scope, limit]);
      else throw badRequest({ [scope]: [`Unknown scope. Scopes: ${SCOPES.join(', ')}, or * for all.`] });
    }
    for (const [scope, limit] of updates) sandbox.throttle.setLimit(scope, limit);
    sendJson(res, 200, sandbox.throttle.describe());
  },
  'GET storage': (sandbox, _body, res) => {
    sendJson(res, 200, {
      redirect: sandbox.storageRedirect,
      requestsWithAuthorization: sandbox.storageRequestsWithAuthorization,
    });
  },
  'POST storage': (sandbox, body, res) => {
    if (typeof body.redirect !== 'boolean') throw badRequest({ redirect: ['Must be a valid boolean.'] });
    sandbox.storageRedirect = body.redirect;
    sendJson(res, 200, {
      redirect: sandbox.storageRedirect,
      requestsWithAuthorization: sandbox.storageRequestsWithAuthorization,
    });
  },
};

export async function controlPlane(
  sandbox: Sandbox,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const name = path.replace(/^\/_sandbox\/?/, '').replace(/\/$/, '');
  const handler = HANDLERS[`${req.method} ${name}`];
  try {
    if (!handler)
      throw new HttpError(404, { detail: `No control-plane operation ${req.method} /_sandbox/${name}.` });
    const body = req.method === 'POST' ? await readJson(req, { anyContentType: true }) : {};
    handler(sandbox, body, res);
  } catch (error) {
    if (error instanceof HttpError) sendJson(res, error.status, error.body);
    else throw error;
  }
}
