export function FilesLoading() {
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6" aria-busy="true">
      <h1 className="text-2xl font-semibold">Files</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">Loading your files…</p>
      <div className="h-32 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
      <div className="h-64 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}
