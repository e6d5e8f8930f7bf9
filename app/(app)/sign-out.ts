'use server';

import { redirect } from 'next/navigation';
import { clearIdentity } from '@/lib/auth/auth-options';
import { clearRescaleSession } from '@/lib/auth/session';

/** Ends both sessions: the key vault and next-auth's identity. */
export async function signOut(): Promise<void> {
  await clearRescaleSession();
  await clearIdentity();
  redirect('/sign-in?signedOut=1');
}
