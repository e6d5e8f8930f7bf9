/**
 * The sandbox's HTTP server: Django-like routing (APPEND_SLASH, versioned paths),
 * DRF-like authentication and throttling, fault injection, then the API handlers.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { infoRoutes } from './api-info';
import { fileRoutes } from './api-files';
import { jobRoutes } from './api-jobs';
import { rootRoutes } from './api-root';
import { runRoutes } from './api-runs';
import { controlPlane } from './control-plane';
import { HttpError, sendJson, writeWhole } from './http';
import { metadata, renderersOf } from './metadata';
import { negotiate } from './negotiation';
import { type Method, type RequestContext, type Route, allowHeader, matchRoute } from './router';
import { Sandbox } from './sandbox';
import { serveStorage } from './storage';
import { scopeOf, throttledBody } from './throttle';

export type SandboxOptions = {
  port?: number;
  host?: string;
  publicUrl?: string;
  seed?: string;
  timeScale?: number;
  /** Generate the bulk user's 10,000 jobs before listening instead of on first use. */
  preloadBulk?: boolean;
};

export type RunningSandbox = {
  url: string;
  close(): Promise<void>;
  /** The live state, for in-process tests that want to look inside. */
  sandbox: Sandbox;
};

export const API_VERSIONS = ['v2'];
const ROUTES: Route[] = [...rootRoutes, ...infoRoutes, ...jobRoutes, ...runRoutes, ...fileRoutes];
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

type Auth = { key: string } | { error: string };

/** DRF's TokenAuthentication: keyword `Token`, exactly one credential. */
function parseAuthorization(header: string | undefined): Auth | null {
  if (!header) return null;
  const parts = header.trim().split(/\s+/);
  if (parts[0]?.toLowerCase() !== 'token') return null;
  if (parts.length === 1) return { error: 'Invalid token header. No credentials provided.' };
  if (parts.length > 2) return { error: 'Invalid token header. Token string should not contain spaces.' };
  return { key: parts[1]! };
}

function unauthorized(res: ServerResponse, detail: string): void {
  sendJson(res, 401, { detail }, writeWhole, { 'WWW-Authenticate': 'Token' });
}

function decodeSegments(path: string): string[] | null {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

async function handleApi(
  sandbox: Sandbox,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const path = url.pathname;
  if (!path.endsWith('/')) {
    const segments = decodeSegments(path.slice('/api/'.length));
    if (segments && matchRoute(ROUTES, segments.slice(1))) {
      res.writeHead(301, { Location: `${path}/${url.search}`, 'Content-Length': '0' });
      res.end();
    } else sendJson(res, 404, { detail: 'Not found.' });
    return;
  }
  const segments = decodeSegments(path.slice('/api/'.length, -1));
  if (!segments) return sendJson(res, 404, { detail: 'Not found.' });
  const [version, ...resource] = segments;
  if (!API_VERSIONS.includes(version ?? '')) {
    return sendJson(res, 404, {
      detail: `Invalid version in URL path. Available versions: ${API_VERSIONS.join(', ')}.`,
    });
  }
  const match = matchRoute(ROUTES, resource);
  if (!match) return sendJson(res, 404, { detail: 'Not found.' });

  const auth = parseAuthorization(req.headers.authorization);
  const method = req.method ?? 'GET';
  const scope = scopeOf(method, resource);
  const user = auth && 'key' in auth ? sandbox.store.authenticate(auth.key) : undefined;
  if (user && auth && 'key' in auth) sandbox.countCall(auth.key, scope);

  const faults = sandbox.faults;
  const faulty = faults.applies(path + url.search);
  if (faulty) {
    await faults.delay();
    if (faults.maybeFail(res)) return;
  }
  // DRF negotiates the renderer in initial(), before it authenticates.
  negotiate(
    req.headers.accept,
    url.searchParams.getAll('format').at(-1) ?? null,
    renderersOf(match.route.view),
  );
  if (!auth) return unauthorized(res, 'Authentication credentials were not provided.');
  if ('error' in auth) return unauthorized(res, auth.error);
  if (!user) return unauthorized(res, 'Invalid token.');

  const throttle = sandbox.throttle.check(auth.key, scope, sandbox.clock.throttleNow());
  res.setHeader('X-RateLimit-Limit', String(throttle.limit));
  res.setHeader('X-RateLimit-Remaining', String(throttle.remaining));
  res.setHeader('X-RateLimit-Scope', scope);
  if (!throttle.allowed) {
    return sendJson(res, 429, throttledBody(throttle.waitSeconds), writeWhole, {
      'Retry-After': String(throttle.waitSeconds),
    });
  }

  res.setHeader('Allow', allowHeader(match.route));
  const handler = match.route.methods[(method === 'HEAD' ? 'GET' : method) as Method];
  if (!handler && method !== 'OPTIONS')
    return sendJson(res, 405, { detail: `Method "${method}" not allowed.` });

  const now = sandbox.now();
  const ctx: RequestContext = {
    req,
    res,
    url,
    params: match.params,
    user,
    sandbox,
    store: sandbox.store,
    now,
    publicUrl: sandbox.publicUrl,
    selfUrl: `${sandbox.publicUrl}${path}`,
    writer: (faulty && faults.writer()) || writeWhole,
    resetMidBody: faulty && faults.current.resetMidBody,
  };
  if (method === 'OPTIONS') return sendJson(res, 200, metadata(ctx, match.route.view));
  await handler!(ctx);
}

async function handle(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  try {
    if (!METHODS.has(req.method ?? ''))
      return sendJson(res, 405, { detail: `Method "${req.method}" not allowed.` });
    if (url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/'))
      return await controlPlane(sandbox, req, res, url.pathname);
    if (url.pathname.startsWith('/api/')) return await handleApi(sandbox, req, res, url);
    if (url.pathname.startsWith('/_storage/') && (req.method === 'GET' || req.method === 'HEAD'))
      return await serveStorage(sandbox, req, res, url);
    sendJson(res, 404, { detail: 'Not found.' });
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof HttpError) return sendJson(res, error.status, error.body, writeWhole, error.headers);
    console.error('sandbox: unhandled error', error);
    const body =
      '<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n';
    res.writeHead(500, { 'Content-Type': 'text/html', 'Content-Length': String(Buffer.byteLength(body)) });
    res.end(body);
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const sandbox = new Sandbox(
    options.seed ?? 'rescale-sandbox',
    options.timeScale ?? 1,
    options.publicUrl ?? '',
  );
  if (options.preloadBulk) sandbox.store.ensureBulk();
  const server = createServer((req, res) => {
    void handle(sandbox, req, res);
  });
  server.keepAliveTimeout = 65_000;
  const address = await listen(server, options.port ?? 0, host);
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostForUrl}:${address.port}`;
  sandbox.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');
  return {
    url,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          sandbox.dispose();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
