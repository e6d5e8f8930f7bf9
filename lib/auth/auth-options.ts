import 'server-only';
import { createHmac } from 'node:crypto';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { newestSecret } from '../config/session-config';
import { getSessionConfig } from '../config/env';
import { IDENTITY_COOKIE, openIdentityToken, sealIdentityToken } from './identity-token';
import { findPlatform } from '../config/platforms';
import { saveRescaleSession } from './session';
import type { SignInProblem } from './sign-in-problems';
import { nextAuthRedirect } from './sign-in-url';
import { vaultCookieOptions } from './vault';
import { verifyKey } from './verify-key';

const credentialsSchema = z.object({
  region: z.string().trim().min(1),
  apiKey: z.string().trim().min(1).max(512),
});

/** next-auth reports the message of an error thrown in `authorize` as its `error` code. */
function fail(problem: SignInProblem): never {
  throw new Error(problem);
}

/**
 * next-auth options, built per call because they read the validated configuration,
 * which must not be required while the app is being built. The key itself goes to the
 * iron-session vault during `authorize`; next-auth only ever sees identity.
 */
export function getAuthOptions(): NextAuthOptions {
  const config = getSessionConfig();
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: true };
  return {
    secret: createHmac('sha256', newestSecret(config.passwords)).update('next-auth').digest('base64url'),
    session: { strategy: 'jwt', maxAge: config.ttlSeconds },
    jwt: {
      maxAge: config.ttlSeconds,
      encode: ({ token, maxAge }) => sealIdentityToken(token ?? {}, config, maxAge),
      decode: ({ token }) => openIdentityToken(token, config),
    },
    cookies: {
      sessionToken: { name: IDENTITY_COOKIE, options: cookieOptions },
      callbackUrl: { name: 'rescale_auth_callback', options: cookieOptions },
      csrfToken: { name: 'rescale_auth_csrf', options: cookieOptions },
    },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Rescale API key',
        credentials: {
          region: { label: 'Region', type: 'text' },
          apiKey: { label: 'API key', type: 'password' },
        },
        async authorize(credentials) {
          const input = credentialsSchema.safeParse(credentials);
          if (!input.success) fail(credentials?.apiKey?.trim() ? 'unknown-region' : 'missing-key');
          const platform = findPlatform(input.data.region);
          if (!platform) fail('unknown-region');
          const check = await verifyKey(platform, input.data.apiKey);
          if (!check.ok) fail(check.problem);
          await saveRescaleSession({ key: input.data.apiKey, platform, user: check.user });
          return {
            id: check.user.email,
            email: check.user.email,
            name: check.user.fullName,
            region: platform.id,
          };
        },
      }),
    ],
    callbacks: {
      redirect: nextAuthRedirect,
      jwt({ token, user }) {
        if (user) return { sub: user.id, email: user.email, name: user.name, region: user.region };
        return token;
      },
      session({ session, token }) {
        return {
          expires: session.expires,
          user: { email: token.email ?? '', name: token.name ?? '', region: token.region ?? '' },
        };
      },
    },
  };
}

export type Identity = { email: string; name: string; region: string };

/** The signed-in identity from next-auth's session, or null. */
export async function getIdentity(): Promise<Identity | null> {
  await connection();
  const session = await getServerSession(getAuthOptions());
  return session?.user.email ? session.user : null;
}

/** Ends next-auth's session; only callable where cookies can be set. */
export async function clearIdentity(): Promise<void> {
  (await cookies()).set(IDENTITY_COOKIE, '', { ...vaultCookieOptions(0), maxAge: 0 });
}
