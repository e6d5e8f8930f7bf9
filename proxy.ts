import { NextResponse, type NextRequest } from 'next/server';
import { getSessionConfig } from '@/lib/config/env';
import { notSignedInProblem, signInReasonForReading } from '@/lib/auth/not-signed-in';
import { sessionRevocation } from '@/lib/auth/revocations';
import { readSignIn } from '@/lib/auth/sign-in-state';
import { RETURN_TO_HEADER, signInUrl } from '@/lib/auth/sign-in-url';
import {
  applySecurityHeaders,
  arrivedOverHttps,
  NONCE_HEADER,
  pageContentSecurityPolicy,
} from '@/lib/security/security-headers';

function isSignInPage(pathname: string): boolean {
  return pathname === '/sign-in' || pathname.startsWith('/sign-in/');
}

/**
 * The first gate: a signed-out page visit goes to sign-in with the page (and its query)
 * to come back to; an API call gets a 401 in JSON. Pages and route handlers check the
 * session again themselves, so this gate is a convenience, not the only lock.
 */
async function gate(request: NextRequest, forwarded: Headers): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (isSignInPage(pathname)) return NextResponse.next({ request: { headers: forwarded } });
  const reading = await readSignIn(
    (name) => request.cookies.get(name)?.value,
    getSessionConfig(),
    sessionRevocation,
  );
  const returnTo = pathname + search;

  if (reading.state === 'signed-in') {
    forwarded.set(RETURN_TO_HEADER, returnTo);
    return NextResponse.next({ request: { headers: forwarded } });
  }
  if (pathname.startsWith('/api/')) return NextResponse.json(notSignedInProblem(reading), { status: 401 });
  return NextResponse.redirect(new URL(signInUrl(returnTo, signInReasonForReading(reading)), request.url));
}

/**
 * Every answer the proxy gives carries the security headers, and pages a CSP with a fresh
 * nonce, which Next reads from the request's own CSP header and puts on its scripts.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const production = process.env.NODE_ENV === 'production';
  const contentSecurityPolicy = pageContentSecurityPolicy(nonce, !production);
  const forwarded = new Headers(request.headers);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.set('content-security-policy', contentSecurityPolicy);
  const response = await gate(request, forwarded);
  applySecurityHeaders(response.headers, contentSecurityPolicy, {
    production,
    https: arrivedOverHttps(request.nextUrl, request.headers),
  });
  return response;
}

/*
 * Not matched: next-auth's own routes, the health routes (probes carry no session), static
 * assets, and the Rescale proxy; their headers come from next.config.ts. Next buffers the
 * body of every request the proxy sees (up to a limit, truncating beyond it), which would
 * break streamed uploads; the Rescale proxy route checks the session itself and answers
 * 401 JSON.
 */
export const config = {
  matcher: [
    '/((?!api/auth/|api/health(?:/|$)|api/rescale/|_next/static/|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt).*)',
  ],
};
