'use client';

import Link from 'next/link';
import type { RouteErrorProps } from '@/components/ui/page-load-error';

export default function ErrorPage({ error, reset }: RouteErrorProps) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The page could not be shown. Try again; if it keeps failing, sign out and back in.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-500">
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 dark:bg-sky-600"
        >
          Try again
        </button>
        <Link href="/jobs" className="self-center font-medium text-sky-700 underline dark:text-sky-400">
          Go to your jobs
        </Link>
      </div>
    </main>
  );
}
