export function NewJobLoading() {
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6" aria-busy="true">
      <h1 className="text-2xl font-semibold">New job</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Loading the software and hardware on offer…
      </p>
      <div className="h-10 animate-pulse rounded-md bg-slate-100 dark:bg-slate-900" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}
