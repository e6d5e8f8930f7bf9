import 'server-only';

/**
 * One JSON line per proxied call, written when the answer's body has been sent (or the
 * browser went away), so duration and bytes are the whole call's. Every field is chosen,
 * never copied from the request: the resource family instead of the path (ids), nothing
 * of the query, headers or cookies. The request id goes back to the browser as
 * `X-Request-Id`, so a user's report can be matched with its line.
 */
import type { Logger } from 'pino';
import { proxiedCallEnded, proxiedCallStarted } from '@/lib/server/in-flight';
import { PROXY_PREFIX } from './paths';
import { FORWARDED_FAMILIES } from './resource-families';

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export const REQUEST_ID_HEADER = 'x-request-id';

/** `/api/rescale/v2/jobs/abc/files/?page=2` → `jobs`. */
export function resourceFamily(pathname: string, prefix: string = PROXY_PREFIX): string {
  if (!pathname.startsWith(prefix)) return 'other';
  const family = pathname.slice(prefix.length).split('/')[1];
  if (family === 'users') return family;
  return family !== undefined && FORWARDED_FAMILIES.has(family) ? family : 'other';
}

export type UpstreamAnswer = { status: number | null; durationMs: number };
type Outcome = 'complete' | 'aborted' | 'failed';

export type ProxyCallLog = {
  requestId: string;
  /** Called by the proxy once Rescale's headers arrive (or it gave up: status null). */
  upstream(answer: UpstreamAnswer): void;
  /** Tags the response with the request id and writes the line once its body has gone. */
  finish(response: Response): Response;
  /** For a call that threw instead of answering. */
  fail(): void;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

export function startProxyCallLog(request: Request, logger: Logger): ProxyCallLog {
  const startedAt = performance.now();
  const requestId = crypto.randomUUID();
  const method = request.method.toUpperCase();
  const family = resourceFamily(new URL(request.url).pathname);
  let upstream: UpstreamAnswer | null = null;
  let written = false;
  proxiedCallStarted();

  const write = (status: number, bytes: number, outcome: Outcome) => {
    if (written) return;
    written = true;
    proxiedCallEnded();
    logger[status >= 500 || outcome === 'failed' ? 'warn' : 'info'](
      {
        requestId,
        method: METHODS.has(method) ? method : 'OTHER',
        family,
        status,
        upstreamStatus: upstream?.status ?? null,
        durationMs: round(performance.now() - startedAt),
        upstreamMs: upstream ? round(upstream.durationMs) : null,
        bytes,
        outcome,
      },
      'proxied call',
    );
  };

  return {
    requestId,
    upstream(answer) {
      upstream = answer;
    },
    finish(response) {
      response.headers.set(REQUEST_ID_HEADER, requestId);
      if (response.body === null) {
        write(response.status, 0, 'complete');
        return response;
      }
      const reader = response.body.getReader();
      let bytes = 0;
      const counted = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              controller.close();
              write(response.status, bytes, 'complete');
              return;
            }
            bytes += value.byteLength;
            controller.enqueue(value);
          } catch (error) {
            controller.error(error);
            // A browser that left aborts the upstream read too, which may fail before Next cancels.
            write(response.status, bytes, request.signal.aborted ? 'aborted' : 'failed');
          }
        },
        cancel(reason) {
          write(response.status, bytes, 'aborted');
          return reader.cancel(reason);
        },
      });
      return new Response(counted, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    },
    fail() {
      write(500, 0, 'failed');
    },
  };
}
