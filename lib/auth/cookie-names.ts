import { readSecureCookies } from '../config/cookie-security';

/**
 * Session cookies carry the `__Host-` prefix: the browser then keeps them only when they
 * are `Secure`, for `Path=/` and with no `Domain`, so a sibling subdomain cannot plant
 * its own session. lib/config/cookie-security.ts has the one, loopback-only fallback.
 */

const secure = readSecureCookies(process.env);

export function sessionCookieName(base: string): string {
  return secure ? `__Host-${base}` : base;
}

export type SessionCookieOptions = {
  httpOnly: true;
  secure: boolean;
  sameSite: 'lax';
  path: '/';
};

export function sessionCookieOptions(): SessionCookieOptions {
  return { httpOnly: true, secure, sameSite: 'lax', path: '/' };
}
