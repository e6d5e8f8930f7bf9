const ROWS = 8;

/** The table's outline while the first page loads, so nothing jumps when the rows arrive. */
export function JobsTableSkeleton() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">Loading jobs…</span>
      <div aria-hidden="true" className="flex flex-wrap items-end justify-between gap-3">
        <div className="h-16 w-full animate-pulse rounded-md bg-slate-200 sm:max-w-sm dark:bg-slate-800" />
        <div className="h-10 w-40 animate-pulse rounded-md bg-slate-200 dark:bg-slate-800" />
      </div>
      <div
        aria-hidden="true"
        className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700"
      >
        <div className="h-9 bg-slate-100 dark:bg-slate-900" />
        {Array.from({ length: ROWS }, (_, row) => (
          <div
            key={row}
            className="flex items-center gap-4 border-t border-slate-200 px-3 py-3 dark:border-slate-800"
          >
            <div className="h-4 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-5 w-20 animate-pulse rounded-full bg-slate-200 dark:bg-slate-800" />
            <div className="hidden h-4 w-24 animate-pulse rounded bg-slate-200 md:block dark:bg-slate-800" />
            <div className="ml-auto h-4 w-16 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          </div>
        ))}
      </div>
    </div>
  );
}
