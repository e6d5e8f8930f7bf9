import type { Metadata } from 'next';
import Link from 'next/link';
import { rescaleJson } from '@/lib/rescale/client';
import { isRescaleError } from '@/lib/rescale/errors';
import { rescalePaths } from '@/lib/rescale/paths';
import type { User } from '@/lib/rescale/types';
import { redirectIfKeyRejected, requirePageSession } from '@/lib/session';
import { pageUrl, type PageSearchParams } from '@/lib/sign-in-url';

export const metadata: Metadata = { title: 'Jobs' };

type Loaded = { user: User } | { problem: string };

async function loadUser(returnTo: string): Promise<Loaded> {
  const session = await requirePageSession(returnTo);
  try {
    return { user: await rescaleJson<User>(session, rescalePaths.me()) };
  } catch (error) {
    redirectIfKeyRejected(error, returnTo);
    if (isRescaleError(error)) return { problem: error.detail };
    throw error;
  }
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const returnTo = pageUrl('/jobs', await searchParams);
  const loaded = await loadUser(returnTo);

  return (
    <section aria-labelledby="jobs-heading">
      <h1 id="jobs-heading" className="text-2xl font-semibold">
        Jobs
      </h1>
      {'problem' in loaded ? (
        <p role="alert" className="mt-2">
          {loaded.problem}{' '}
          <Link href={returnTo} className="font-medium text-sky-700 underline dark:text-sky-400">
            Retry
          </Link>
        </p>
      ) : (
        <p className="mt-2 text-slate-600 dark:text-slate-400">Signed in to Rescale as {loaded.user.fullName}.</p>
      )}
    </section>
  );
}
