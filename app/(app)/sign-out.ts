'use server';

import { redirect } from 'next/navigation';
import { endSession } from '@/lib/auth/session';

/** Ends the sign-in: revoked everywhere, both cookies cleared. */
export async function signOut(): Promise<void> {
  await endSession();
  redirect('/sign-in?signedOut=1');
}
