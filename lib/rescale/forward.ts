import 'server-only';

/**
 * The proxy itself, free of any framework: a browser `Request` for
 * `/api/rescale/v2/...` in, a `Response` out. Bodies flow through as streams; only
 * JSON answers that name a platform link are read whole, to point those links at the
 * proxy. When the browser goes away, `request.signal` aborts the upstream call.
 */
import { readWithin } from './bounded-read';
import { budgetHeaders, recordUpstreamCall } from './call-budget';
import { rescaleFetch, type RescaleCredentials } from './client';
import { applyDownloadHeaders } from './download-headers';
import { jsonErrorResponse, parseRetryAfter, RescaleError } from './errors';
import { describeStatus } from './failure-words';
import { pickRequestHeaders, pickResponseHeaders } from './headers';
import { isJsonContentType, mightContainPlatformLinks, rewritePlatformLinks } from './links';
import { checkResourcePath } from './path-validation';
import { PROXY_PREFIX } from './paths';
import { isForwardedResource } from './resource-families';

export type ForwardOptions = {
  /** Where the proxy is mounted; the rest of the path is the resource. */
  prefix?: string;
  /** Origins a state-changing request may come from; by default those the request was addressed to. */
  allowedOrigins?: readonly string[];
  /** Time allowed for Rescale's response headers; by default `RESCALE_TIMEOUT_MS` or 30 s. */
  timeoutMs?: number;
  /** Hears Rescale's status and how long its headers took (status null: no answer), for the request log. */
  onUpstream?: (answer: { status: number | null; durationMs: number }) => void;
};

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);
const FORWARDED_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
const NO_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);
/** JSON bodies past this size stream untouched rather than being held for link rewriting. */
export const MAX_REWRITE_BYTES = 16 * 1024 * 1024;
/** What nginx calls "client closed request": nobody is left to read it. */
const CLIENT_CLOSED = 499;

/**
 * A `Request`'s signal hears its creator's abort only while the request object lives
 * (undici holds it through a weak reference). Once the handler returns, nothing else keeps
 * the request, so each streamed body keeps its request alive: a browser that leaves
 * mid-download still stops the upstream transfer.
 */
const requestOfBody = new WeakMap<ReadableStream<Uint8Array>, Request>();

/**
 * The origins the browser addressed: the URL's, and the `Host` (or a proxy's
 * `X-Forwarded-Host`) with its protocol. A cross-site page cannot change `Host`, nor
 * add `X-Forwarded-Host` without a CORS preflight that the proxy never grants.
 */
export function addressedOrigins(request: Request): string[] {
  const url = new URL(request.url);
  const protocol =
    request.headers.get('x-forwarded-proto')?.split(',', 1)[0]?.trim() || url.protocol.slice(0, -1);
  const origins = new Set([url.origin]);
  for (const host of [
    request.headers.get('host'),
    request.headers.get('x-forwarded-host')?.split(',', 1)[0]?.trim(),
  ]) {
    if (host) origins.add(`${protocol}://${host}`);
  }
  return [...origins];
}

function comesFromAllowedOrigin(request: Request, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  return origin !== null && allowedOrigins.includes(origin);
}

/**
 * The browser's allowed headers, asking Rescale for an uncompressed answer: fetch() would
 * decode a compressed one, and Next compresses the answer for the browser again, so asking
 * for none makes Next's the only compression on the way.
 */
function plainRequestHeaders(incoming: Headers): Headers {
  const headers = pickRequestHeaders(incoming);
  headers.set('accept-encoding', 'identity');
  return headers;
}

function isRedirect(response: Response): boolean {
  return response.status >= 300 && response.status < 400 && response.headers.has('location');
}

function withRewrittenLinks(
  bytes: Uint8Array<ArrayBuffer>,
  status: number,
  headers: Headers,
  platformUrl: string,
): Response {
  const text = new TextDecoder().decode(bytes);
  if (!mightContainPlatformLinks(text, platformUrl)) {
    headers.set('content-length', String(bytes.byteLength));
    return new Response(bytes, { status, headers });
  }
  const rewritten = new TextEncoder().encode(rewritePlatformLinks(text, platformUrl));
  headers.set('content-length', String(rewritten.byteLength));
  return new Response(rewritten, { status, headers });
}

/**
 * A body passed on as Rescale sends it. If Rescale cuts it off part-way, the browser's
 * response is aborted too, so the browser sees a failed transfer rather than a short one.
 * The abort is an `AbortError`, the error Next takes for a response ended on purpose: any
 * other error there is logged by Next as unhandled, with its stack. The request log
 * (request-log.ts) writes the call's own line.
 */
function passedOn(body: ReadableStream<Uint8Array>, status: number, headers: Headers): Response {
  const reader = body.getReader();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        controller.error(
          new DOMException('Rescale cut the answer off before it was complete.', 'AbortError'),
        );
        return;
      }
      if (read.done) controller.close();
      else controller.enqueue(read.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(stream, { status, headers });
}

/** JSON is held for link rewriting up to the cap, counted as it arrives; a larger body streams on as sent. */
async function jsonResponse(
  upstream: Response & { body: ReadableStream<Uint8Array> },
  headers: Headers,
  platformUrl: string,
  signal: AbortSignal,
): Promise<Response> {
  const declared = Number(upstream.headers.get('content-length') ?? 0);
  if (declared > MAX_REWRITE_BYTES) return passedOn(upstream.body, upstream.status, headers);
  try {
    const read = await readWithin(upstream.body, MAX_REWRITE_BYTES);
    if (!read.complete) return passedOn(read.body, upstream.status, headers);
    return withRewrittenLinks(read.bytes, upstream.status, headers, platformUrl);
  } catch {
    // The browser went away while the answer was read: nobody is left to tell.
    if (signal.aborted) return new Response(null, { status: CLIENT_CLOSED });
    return jsonErrorResponse(
      502,
      'The answer from Rescale was cut off before it was complete. Try again in a moment.',
      'upstream_incomplete',
    );
  }
}

/** An error page (a load balancer's HTML, say) never reaches the browser: the proxy says it in JSON. */
async function ownErrorResponse(upstream: Response): Promise<Response> {
  await upstream.body?.cancel();
  const retryAfter = upstream.headers.get('retry-after');
  return jsonErrorResponse(
    upstream.status,
    describeStatus(upstream.status, parseRetryAfter(retryAfter)),
    'upstream_error',
    retryAfter === null ? {} : { 'retry-after': retryAfter },
  );
}

async function toBrowserResponse(
  upstream: Response,
  method: string,
  platformUrl: string,
  signal: AbortSignal,
): Promise<Response> {
  const headers = pickResponseHeaders(upstream.headers);
  headers.set('cache-control', 'private, no-store');
  if (isRedirect(upstream)) {
    // Only a redirect off the region reaches here (client.ts follows the others):
    // a signed storage URL that the browser may fetch without the key.
    headers.set('location', upstream.headers.get('location') ?? '');
    return new Response(null, { status: upstream.status, headers });
  }
  const json = isJsonContentType(upstream.headers.get('content-type'));
  if (!json && upstream.status >= 400) return ownErrorResponse(upstream);
  if (!json) applyDownloadHeaders(headers, upstream.headers);
  if (method === 'HEAD' || NO_BODY_STATUSES.has(upstream.status) || upstream.body === null) {
    await upstream.body?.cancel();
    return new Response(null, { status: upstream.status, headers });
  }
  if (json) {
    return jsonResponse(
      upstream as Response & { body: ReadableStream<Uint8Array> },
      headers,
      platformUrl,
      signal,
    );
  }
  return passedOn(upstream.body, upstream.status, headers);
}

function keepingRequestAlive(response: Response, request: Request): Response {
  if (response.body) requestOfBody.set(response.body, request);
  return response;
}

export async function forwardToRescale(
  request: Request,
  session: RescaleCredentials,
  options: ForwardOptions = {},
): Promise<Response> {
  const method = request.method.toUpperCase();
  const url = new URL(request.url);
  if (!FORWARDED_METHODS.has(method)) {
    return jsonErrorResponse(405, `The proxy does not forward ${method} requests.`, 'method_not_allowed', {
      allow: [...FORWARDED_METHODS].join(', '),
    });
  }
  if (
    !SAFE_METHODS.has(method) &&
    !comesFromAllowedOrigin(request, options.allowedOrigins ?? addressedOrigins(request))
  ) {
    return jsonErrorResponse(
      403,
      'This request did not come from the dashboard itself, so it was refused. Reload the dashboard and try again from there.',
      'cross_origin',
    );
  }
  const prefix = options.prefix ?? PROXY_PREFIX;
  if (!url.pathname.startsWith(prefix)) {
    return jsonErrorResponse(404, `Proxy paths start with ${prefix}.`, 'invalid_path');
  }
  const checked = checkResourcePath(url.pathname.slice(prefix.length));
  if (!checked.ok) return jsonErrorResponse(400, checked.detail, 'invalid_path');
  const { version, segments } = checked.path;
  if (!isForwardedResource(segments)) {
    return jsonErrorResponse(
      404,
      `The dashboard does not forward /${version}/${segments[0] ?? ''}/ to Rescale. Only the resources it uses are reachable through it.`,
      'unknown_resource',
    );
  }

  let upstream: Response;
  recordUpstreamCall(session.key);
  const upstreamStart = performance.now();
  const answered = (status: number | null) =>
    options.onUpstream?.({ status, durationMs: performance.now() - upstreamStart });
  try {
    upstream = await rescaleFetch(session, `${version}/${segments.join('/')}/${url.search}`, {
      method,
      headers: plainRequestHeaders(request.headers),
      body: SAFE_METHODS.has(method) ? undefined : request.body,
      signal: request.signal,
      timeoutMs: options.timeoutMs,
    });
    answered(upstream.status);
  } catch (error) {
    answered(null);
    if (error instanceof RescaleError) {
      return jsonErrorResponse(error.status, error.detail, error.code ?? 'upstream_error');
    }
    if (request.signal.aborted) return new Response(null, { status: CLIENT_CLOSED });
    throw error;
  }
  const response = await toBrowserResponse(upstream, method, session.platform.url, request.signal);
  for (const [name, value] of Object.entries(budgetHeaders(session.key, upstream.headers))) {
    response.headers.set(name, value);
  }
  return keepingRequestAlive(response, request);
}
