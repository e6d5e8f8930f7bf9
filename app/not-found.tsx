import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        There is nothing at this address. If someone shared the link, check that it was copied whole.
      </p>
      <p className="mt-6">
        <Link href="/jobs" className="font-medium text-sky-700 underline dark:text-sky-400">
          Go to your jobs
        </Link>
      </p>
    </main>
  );
}
