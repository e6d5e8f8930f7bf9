'use client';

import type { ReactNode } from 'react';
import { noteSigningOut } from '@/lib/api-client';

type SignOutFormProps = {
  /** The server action that ends the session. */
  action: (formData: FormData) => Promise<void>;
  children: ReactNode;
};

/**
 * A form that ends the session. From its submission on, calls still under way on the
 * page (a poll, a lookup) meet the ended session's 401 without sending the user to
 * sign-in as "expired": they are already on their way there.
 */
export function SignOutForm({ action, children }: SignOutFormProps) {
  return (
    <form action={action} onSubmit={noteSigningOut}>
      {children}
    </form>
  );
}
