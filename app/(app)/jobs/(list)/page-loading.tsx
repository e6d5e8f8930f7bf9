import { JobsTableSkeleton } from '@/components/jobs/jobs-table-skeleton';

export function JobsLoading() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Jobs</h1>
      <JobsTableSkeleton />
    </div>
  );
}
