import 'server-only';
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { securityHeaders, STATIC_CONTENT_SECURITY_POLICY } from '@/lib/security/security-headers';

/** Every method some route of the app answers; the Rescale proxy narrows it further. */
export const SERVED_METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

let installed = false;

function refuse(response: ServerResponse, method: string): void {
  const body = JSON.stringify({
    detail: `The dashboard does not answer ${method} requests.`,
    code: 'method_not_allowed',
  });
  response.writeHead(405, {
    allow: SERVED_METHODS.join(', '),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...Object.fromEntries(
      securityHeaders(STATIC_CONTENT_SECURITY_POLICY).map(({ key, value }) => [key, value]),
    ),
  });
  response.end(body);
}

/**
 * Answers 405 with `Allow` to any other method before Next sees the request. Next builds a
 * fetch `Request` from each one, and fetch forbids TRACE, so Next itself would answer 500
 * and log a stack trace (https://fetch.spec.whatwg.org/#forbidden-method); proxy.ts runs
 * after that point. Installed once per process, on every HTTP server in it.
 */
export function refuseUnservedMethods(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitServed(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const method = request.method ?? '';
      if (!SERVED_METHODS.includes(method)) {
        refuse(response, method);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
