'use server';

import { redirect } from 'next/navigation';
import { endSession } from '@/lib/auth/session';
import { safeCallbackUrl, signInUrl } from '@/lib/auth/sign-in-url';

/**
 * Signs out (the sign-in revoked, both cookies cleared), then on to sign-in with a way
 * back to the job: the reader who could not see it tries another key or region without
 * losing the link.
 */
export async function switchAccount(formData: FormData): Promise<void> {
  const callbackUrl = safeCallbackUrl(formData.get('callbackUrl'));
  await endSession();
  redirect(signInUrl(callbackUrl));
}
