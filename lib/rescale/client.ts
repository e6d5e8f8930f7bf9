import 'server-only';

/**
 * The one door to Rescale (docs/ARCHITECTURE.md, rule 1): the only code that sets
 * `Authorization: Token`. The key goes to the session's region and nowhere else:
 * redirects within the region are followed here, a redirect to any other host
 * (a signed storage URL) is handed back to the caller as a bare redirect.
 */
import { RescaleError, rescaleErrorFromResponse } from './errors';
import { rewritePlatformLinks } from './links';
import { InvalidResourceError, rescaleUrl } from './url';

/** What the client needs from a session; `RescaleSession` (lib/auth/session.ts) satisfies it. */
export type RescaleCredentials = {
  key: string;
  platform: { label: string; url: string };
};

export type RescaleFetchInit = Omit<RequestInit, 'redirect'> & {
  /** Time allowed for response headers (after an upload's last byte); `RESCALE_TIMEOUT_MS` or 30 s. */
  timeoutMs?: number;
};

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const HEADERS_NEVER_FORWARDED = ['authorization', 'cookie', 'host'];

export function timeoutFromEnv(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.RESCALE_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS;
}

class HeadersTimeout extends Error {}

function describeDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function regionName(credentials: RescaleCredentials): string {
  return `${credentials.platform.label} (${new URL(credentials.platform.url).origin})`;
}

function restartingOnProgress(
  body: ReadableStream<Uint8Array>,
  restartTimer: () => void,
): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        restartTimer();
        controller.enqueue(chunk);
      },
      flush: restartTimer,
    }),
  );
}

function upstreamHeaders(init: HeadersInit | undefined, key: string): Headers {
  const headers = new Headers(init);
  for (const name of HEADERS_NEVER_FORWARDED) headers.delete(name);
  headers.set('authorization', `Token ${key}`);
  return headers;
}

function failure(
  error: unknown,
  credentials: RescaleCredentials,
  signal: AbortSignal,
  timeoutMs: number,
  streamed: boolean,
): unknown {
  if (error instanceof RescaleError) return error;
  if (signal.aborted && signal.reason instanceof HeadersTimeout) {
    return new RescaleError({
      status: 504,
      code: 'upstream_timeout',
      detail: `Rescale at ${regionName(credentials)} did not answer within ${describeDuration(timeoutMs)}. It may be busy; try again in a moment.`,
    });
  }
  if (signal.aborted) return signal.reason;
  if (streamed && /redirect/i.test(String((error as { cause?: unknown } | null)?.cause))) {
    return new RescaleError({
      status: 502,
      code: 'upstream_redirected_upload',
      detail: `Rescale at ${regionName(credentials)} answered the upload with a redirect, which cannot be followed with the same data. Try the upload again.`,
    });
  }
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return new RescaleError({
    status: 502,
    code: 'upstream_unreachable',
    detail: `Could not reach Rescale at ${regionName(credentials)}${typeof cause === 'string' ? ` (${cause})` : ''}. Check your network and the region's status, then try again.`,
  });
}

/**
 * Calls `resource` (a `rescalePaths.*` string such as `v2/jobs/?page=2`) on the
 * session's region and returns the raw response, body unread. A redirect to
 * another host comes back as a response with only its status and `Location`.
 * Throws `RescaleError` for an invalid path (400), an unreachable region (502) and
 * missing response headers after the timeout (504); rethrows the caller's abort.
 */
export async function rescaleFetch(
  credentials: RescaleCredentials,
  resource: string,
  init: RescaleFetchInit = {},
): Promise<Response> {
  let url: URL;
  try {
    url = rescaleUrl(credentials.platform.url, resource);
  } catch (error) {
    if (!(error instanceof InvalidResourceError)) throw error;
    throw new RescaleError({ status: 400, code: 'invalid_path', detail: error.detail });
  }
  const { timeoutMs: requestedTimeout, signal: callerSignal, ...rest } = init;
  const timeoutMs = requestedTimeout ?? timeoutFromEnv();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new HeadersTimeout()), timeoutMs);
  };
  restartTimer();
  if (callerSignal) {
    if (callerSignal.aborted) controller.abort(callerSignal.reason);
    // The listener stays after the headers: aborting then cancels the body stream.
    else callerSignal.addEventListener('abort', () => controller.abort(callerSignal.reason), { once: true });
  }
  const origin = url.origin;
  let method = (rest.method ?? 'GET').toUpperCase();
  // An upload's answer comes only after its last byte: the wait counts from the latest progress.
  const streamed = rest.body instanceof ReadableStream;
  let body = rest.body instanceof ReadableStream ? restartingOnProgress(rest.body, restartTimer) : rest.body;
  const headers = upstreamHeaders(rest.headers, credentials.key);
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await fetch(url, {
        ...rest,
        method,
        body,
        headers,
        // With any other mode undici tees a streamed body to replay it on a redirect, and the
        // unread branch holds the whole upload in memory. A streamed upload cannot be replayed anyway.
        redirect: streamed ? 'error' : 'manual',
        cache: 'no-store',
        signal: controller.signal,
        ...(body ? { duplex: 'half' } : {}),
      } as RequestInit);
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
      await response.body?.cancel();
      const target = new URL(location, url);
      if (target.origin !== origin) {
        return new Response(null, { status: response.status, headers: { location: target.href } });
      }
      if (hop >= MAX_REDIRECTS) {
        throw new RescaleError({
          status: 502,
          code: 'upstream_redirect_loop',
          detail: `Rescale at ${regionName(credentials)} redirected more than ${MAX_REDIRECTS} times. Try again later.`,
        });
      }
      const becomesGet = response.status === 303 || (response.status <= 302 && method === 'POST');
      if (becomesGet) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        body = undefined;
        headers.delete('content-type');
        headers.delete('content-length');
      }
      url = target;
    }
  } catch (error) {
    throw failure(error, credentials, controller.signal, timeoutMs, streamed);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads `resource` as JSON (for server components). Platform links in the body are
 * rewritten to proxy paths exactly as the proxy does, so data preloaded on the server
 * and data fetched by the browser are the same. Throws `RescaleError` on any non-2xx.
 */
export async function rescaleJson<T>(
  credentials: RescaleCredentials,
  resource: string,
  init: RescaleFetchInit = {},
): Promise<T> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const response = await rescaleFetch(credentials, resource, { ...init, headers });
  if (!response.ok) throw await rescaleErrorFromResponse(response);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new RescaleError({
      status: 502,
      code: 'upstream_incomplete',
      detail: `The answer from Rescale at ${regionName(credentials)} was cut off before it was complete. Try again in a moment.`,
    });
  }
  if (text === '') return undefined as T;
  try {
    return JSON.parse(rewritePlatformLinks(text, credentials.platform.url)) as T;
  } catch {
    throw new RescaleError({
      status: 502,
      code: 'upstream_invalid_json',
      detail: `Rescale at ${regionName(credentials)} sent a response that is not JSON. Try again in a moment.`,
      body: text.slice(0, 500),
    });
  }
}
