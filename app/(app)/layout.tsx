import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { signOutForm } from '@/lib/api/api-client';
import { getIdentity } from '@/lib/auth/auth-options';
import { currentReturnTo } from '@/lib/auth/return-to';
import { signInReasonForReading } from '@/lib/auth/not-signed-in';
import { readSignedIn } from '@/lib/auth/session';
import { signInUrl } from '@/lib/auth/sign-in-url';
import { KeyboardShortcuts } from '@/components/shell/keyboard-shortcuts';
import { JobWatcher } from '@/components/watch/job-watcher';
import { signOut } from './sign-out';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [identity, reading] = await Promise.all([getIdentity(), readSignedIn()]);
  if (!identity || reading.state !== 'signed-in') {
    redirect(signInUrl(await currentReturnTo(), signInReasonForReading(reading) ?? 'expired'));
  }
  const { session } = reading;

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/jobs" className="text-lg font-semibold">
            Rescale Dashboard
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm font-medium">
            <Link href="/jobs" className="hover:underline">
              Jobs
            </Link>
            <Link href="/files" className="hover:underline">
              Files
            </Link>
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <p>
              <span className="text-slate-500 dark:text-slate-400">Region </span>
              <span data-testid="shell-region" title={session.platform.url}>
                {session.platform.label}
              </span>
            </p>
            <p data-testid="shell-email" className="max-w-[16rem] truncate" title={identity.email}>
              {identity.email}
            </p>
            <form action={signOut} {...signOutForm}>
              <button
                type="submit"
                className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <KeyboardShortcuts region={session.platform.id} />
      <JobWatcher region={session.platform.id} />
    </div>
  );
}
