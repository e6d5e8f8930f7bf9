import { NextResponse, type NextRequest } from 'next/server';
import { getSessionConfig } from '@/lib/config/env';
import { readSignInState } from '@/lib/auth/sign-in-state';
import { RETURN_TO_HEADER, signInUrl } from '@/lib/auth/sign-in-url';

/**
 * The first gate: a signed-out page visit goes to sign-in with the page (and its query)
 * to come back to; an API call gets a 401 in JSON. Pages and route handlers check the
 * session again themselves, so this gate is a convenience, not the only lock.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const state = await readSignInState((name) => request.cookies.get(name)?.value, getSessionConfig());
  const returnTo = pathname + search;

  if (state === 'signed-in') {
    const headers = new Headers(request.headers);
    headers.set(RETURN_TO_HEADER, returnTo);
    return NextResponse.next({ request: { headers } });
  }
  if (pathname.startsWith('/api/')) {
    const detail =
      state === 'ended'
        ? 'Your session has ended. Sign in again to continue.'
        : 'You are not signed in. Sign in to continue.';
    return NextResponse.json({ detail, code: 'session_missing' }, { status: 401 });
  }
  return NextResponse.redirect(
    new URL(signInUrl(returnTo, state === 'ended' ? 'expired' : undefined), request.url),
  );
}

/*
 * Not matched: sign-in and next-auth's own routes (they are how one signs in), static
 * assets, and the Rescale proxy. Next buffers the body of every request the proxy sees
 * (up to a limit, truncating beyond it), which would break streamed uploads; the Rescale
 * proxy route checks the session itself and answers 401 JSON.
 */
export const config = {
  matcher: [
    '/((?!sign-in(?:/|$)|api/auth/|api/rescale/|_next/static/|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt).*)',
  ],
};
