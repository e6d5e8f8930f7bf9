'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { takeUnconfirmedDeletion, type DeletedJob } from '@/lib/job/deleted-jobs';

/** Confirms, once, the delete that brought the viewer here from a job page. */
export function DeletedJobNotice() {
  const [deleted, setDeleted] = useState<DeletedJob | null>(null);
  useEffect(() => {
    // sessionStorage exists only in the browser: the record is read once, after hydration.
    const taken = takeUnconfirmedDeletion();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (taken) setDeleted(taken);
  }, []);
  if (!deleted) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-50"
    >
      <span className="break-all">Deleted ‘{deleted.name}’.</span>
      <Button size="sm" variant="ghost" onClick={() => setDeleted(null)}>
        Dismiss
      </Button>
    </div>
  );
}
