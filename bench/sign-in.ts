/**
 * Signs in to the running app the way a browser does, through next-auth's Credentials
 * flow (csrf token, then the credentials callback), and returns the cookies that make
 * later requests signed in.
 */

function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of res.headers.getSetCookie()) {
    const pair = header.split(';', 1)[0] as string;
    const separator = pair.indexOf('=');
    jar.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  return jar;
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

export async function signIn(
  appUrl: string,
  credentials: Record<string, string>,
): Promise<{ cookie: string }> {
  const csrfRes = await fetch(`${appUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`sign-in: /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);

  const callback = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: `${appUrl}/jobs`, json: 'true' }),
  });
  await callback.body?.cancel();
  for (const [name, value] of cookiesOf(callback)) jar.set(name, value);
  const location = callback.headers.get('location') ?? '';
  if (callback.status >= 400 || /[?&]error=/.test(location)) {
    throw new Error(`sign-in was refused (${callback.status} ${location})`);
  }
  return { cookie: cookieHeader(jar) };
}
