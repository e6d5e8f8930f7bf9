import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { connection } from 'next/server';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { newestSecret } from '../config/session-config';
import { getSessionConfig } from '../config/env';
import { findPlatform } from '../config/platforms';
import { sessionCookieOptions, sessionCookieName } from './cookie-names';
import { IDENTITY_COOKIE, openIdentityToken, sealIdentityToken } from './identity-token';
import { nextAuthLogger } from './next-auth-logger';
import { isSessionRevoked, revokeSession } from './revocations';
import { getSignedInIdentity, saveRescaleSession, type Identity } from './session';
import { attemptIp, logFailedSignIn, signInThrottle, type SignInAttempt } from './sign-in-attempts';
import { throttledProblem, type SignInProblem } from './sign-in-problems';
import { nextAuthRedirect } from './sign-in-url';
import { verifyKey } from './verify-key';

export type { Identity } from './session';

const credentialsSchema = z.object({
  region: z.string().trim().min(1),
  apiKey: z.string().trim().min(1).max(512),
});

/**
 * next-auth reports the message of an error thrown in `authorize` as its `error` code.
 * Every failure is logged once, here.
 */
function fail(attempt: SignInAttempt, problem: SignInProblem | 'throttled', code: string = problem): never {
  logFailedSignIn(attempt, problem);
  throw new Error(code);
}

function header(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * next-auth options, built per call because they read the validated configuration,
 * which must not be required while the app is being built. The key itself goes to the
 * iron-session vault during `authorize`; next-auth only ever sees identity and the
 * session id the two cookies share.
 */
export function getAuthOptions(): NextAuthOptions {
  const config = getSessionConfig();
  const cookieOptions = sessionCookieOptions();
  return {
    secret: createHmac('sha256', newestSecret(config.passwords)).update('next-auth').digest('base64url'),
    session: { strategy: 'jwt', maxAge: config.ttlSeconds },
    jwt: {
      maxAge: config.ttlSeconds,
      encode: ({ token, maxAge }) => sealIdentityToken(token ?? {}, config, maxAge),
      // A revoked sign-in opens nothing here either: next-auth's session endpoint then ends it.
      decode: async ({ token }) => {
        const identity = await openIdentityToken(token, config);
        return identity?.sid && !(await isSessionRevoked(identity.sid)) ? identity : null;
      },
    },
    cookies: {
      sessionToken: { name: IDENTITY_COOKIE, options: cookieOptions },
      callbackUrl: { name: sessionCookieName('rescale_auth_callback'), options: cookieOptions },
      csrfToken: { name: sessionCookieName('rescale_auth_csrf'), options: cookieOptions },
    },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    logger: nextAuthLogger(),
    providers: [
      CredentialsProvider({
        name: 'Rescale API key',
        credentials: {
          region: { label: 'Region', type: 'text' },
          apiKey: { label: 'API key', type: 'password' },
        },
        async authorize(credentials, request) {
          const attempt: SignInAttempt = {
            ip: attemptIp((name) => header(request?.headers, name)),
            region: credentials?.region ?? '',
            key: credentials?.apiKey ?? '',
          };
          const input = credentialsSchema.safeParse(credentials);
          if (!input.success) fail(attempt, credentials?.apiKey?.trim() ? 'unknown-region' : 'missing-key');
          const platform = findPlatform(input.data.region);
          if (!platform) fail(attempt, 'unknown-region');
          const throttle = signInThrottle();
          const refused = await throttle.begin(attempt.ip, platform.id);
          if (refused) fail(attempt, 'throttled', throttledProblem(refused.retryAfterSeconds));
          const check = await verifyKey(platform, input.data.apiKey);
          if (!check.ok) {
            if (check.problem === 'rejected') await throttle.rejected(attempt.ip, platform.id);
            else await throttle.unchecked(attempt.ip);
            fail(attempt, check.problem);
          }
          await throttle.accepted(attempt.ip, platform.id);
          const sid = randomBytes(18).toString('base64url');
          const expiresAt = Date.now() + config.ttlSeconds * 1000;
          await saveRescaleSession({ sid, expiresAt, key: input.data.apiKey, platform, user: check.user });
          return {
            id: check.user.email,
            email: check.user.email,
            name: check.user.fullName,
            region: platform.id,
            sid,
            expiresAt,
          };
        },
      }),
    ],
    callbacks: {
      redirect: nextAuthRedirect,
      jwt({ token, user }) {
        if (user) {
          return {
            sub: user.id,
            email: user.email,
            name: user.name,
            region: user.region,
            sid: user.sid,
            expiresAt: user.expiresAt,
          };
        }
        return token;
      },
      session({ session, token }) {
        return {
          expires: session.expires,
          user: { email: token.email ?? '', name: token.name ?? '', region: token.region ?? '' },
        };
      },
    },
    events: {
      // next-auth's own `POST /api/auth/signout` ends the sign-in as the app's form does.
      async signOut({ token }) {
        if (typeof token?.sid === 'string' && typeof token.expiresAt === 'number') {
          await revokeSession(token.sid, token.expiresAt, 'signed-out');
        }
      },
    },
  };
}

/** The signed-in identity, or null: the same reading of the cookies as the key's. */
export async function getIdentity(): Promise<Identity | null> {
  await connection();
  return getSignedInIdentity();
}
