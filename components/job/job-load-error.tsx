'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';

/** The job could not be read for a reason other than access: the platform's words and a retry. */
export function JobLoadError({ detail, status, region }: { detail: string; status: number; region: string }) {
  const router = useRouter();
  return (
    <div className="mx-auto w-full max-w-3xl">
      <ErrorPanel
        title="Could not open this job"
        message={`Rescale (${region}) answered ${status}: ${detail}`}
        onRetry={() => router.refresh()}
        action={
          <Link href="/jobs" className={buttonClasses('secondary', 'sm')}>
            Back to jobs
          </Link>
        }
      />
    </div>
  );
}
