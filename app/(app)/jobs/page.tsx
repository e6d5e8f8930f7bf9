import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requirePageSession } from '@/lib/session';
import { pageUrl, signInUrl, type PageSearchParams } from '@/lib/sign-in-url';
import { verifyKey } from '@/lib/verify-key';

export const metadata: Metadata = { title: 'Jobs' };

export default async function JobsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const returnTo = pageUrl('/jobs', await searchParams);
  const session = await requirePageSession(returnTo);
  const check = await verifyKey(session.platform, session.key);
  if (!check.ok && check.problem === 'rejected') redirect(signInUrl(returnTo, 'revoked'));

  return (
    <section aria-labelledby="jobs-heading">
      <h1 id="jobs-heading" className="text-2xl font-semibold">
        Jobs
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Signed in as {check.ok ? check.user.fullName : session.user.fullName} on {session.platform.label}.
      </p>
    </section>
  );
}
