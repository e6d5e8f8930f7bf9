import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { refuseThrottledSignIn } from '@/lib/auth/sign-in-attempts';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  return (await refuseThrottledSignIn(request)) ?? NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
