import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export default function JobNotFound() {
  return (
    <div className="mx-auto w-full max-w-3xl">
      <EmptyState
        title="No such job"
        description="This address does not name a job. Check the link, or find the job in your list."
        action={
          <Link href="/jobs" className={buttonClasses('primary')}>
            Go to jobs
          </Link>
        }
      />
    </div>
  );
}
