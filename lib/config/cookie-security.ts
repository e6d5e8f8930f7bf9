import { ConfigError, type Environment } from './session-config';

/**
 * Whether session cookies are `__Host-`-prefixed and `Secure` (always, unless the
 * documented fallback is asked for). Chromium and Firefox keep such cookies from
 * `http://localhost` and `http://127.0.0.1`, so the demo and the tests need no
 * fallback. `INSECURE_COOKIES=1` drops prefix and `Secure` for a browser that does not
 * (Safari on plain http), and is refused unless the app's own URL is plain http on the
 * loopback address, so that it can never weaken a deployment.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function readSecureCookies(env: Environment): boolean {
  const raw = env.INSECURE_COOKIES?.trim();
  if (!raw || raw === '0' || raw === 'false') return true;
  if (raw !== '1' && raw !== 'true') {
    throw new ConfigError('INSECURE_COOKIES', `INSECURE_COOKIES "${raw}" must be 1 or unset.`);
  }
  let url: URL | null = null;
  try {
    url = new URL(env.NEXTAUTH_URL ?? '');
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) {
    throw new ConfigError(
      'INSECURE_COOKIES',
      'INSECURE_COOKIES=1 is only allowed when NEXTAUTH_URL is plain http on localhost, 127.0.0.1 or [::1].',
    );
  }
  return false;
}
