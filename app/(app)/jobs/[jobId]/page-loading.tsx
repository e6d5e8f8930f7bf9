import { SkeletonBlock } from '@/components/job/section';

export function JobLoading() {
  return (
    <div className="flex w-full flex-col gap-6">
      <div className="h-8 w-1/2 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <SkeletonBlock label="job" lines={4} />
      <SkeletonBlock label="history" lines={2} />
      <SkeletonBlock label="details" lines={6} />
    </div>
  );
}
