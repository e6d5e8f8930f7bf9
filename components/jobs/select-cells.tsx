'use client';

import { useEffect, useRef } from 'react';
import type { PageSelection } from '@/lib/jobs/job-selection';
import { useHydrated } from '@/lib/ui/use-hydrated';

/** Where focus goes back to when the bulk outcome list is dismissed. */
export const SELECT_PAGE_ID = 'jobs-select-page';

const box = 'size-4 cursor-pointer accent-sky-700 dark:accent-sky-400';
const selectCell = 'w-10 px-3 py-2 align-top';

export function SelectPageHeader({ state, onToggle }: { state: PageSelection; onToggle: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();
  useEffect(() => {
    // Only the DOM property can say "mixed": there is no attribute for it.
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <th scope="col" className={selectCell}>
      <input
        ref={ref}
        id={SELECT_PAGE_ID}
        type="checkbox"
        className={`${box} mt-0.5`}
        aria-label="Select all jobs on this page"
        checked={state === 'all'}
        disabled={!hydrated}
        onChange={onToggle}
      />
    </th>
  );
}

type SelectRowCellProps = {
  jobId: string;
  jobName: string;
  checked: boolean;
  onToggle: (jobId: string) => void;
};

export function SelectRowCell({ jobId, jobName, checked, onToggle }: SelectRowCellProps) {
  const hydrated = useHydrated();
  return (
    <td className={selectCell}>
      <input
        type="checkbox"
        className={`${box} mt-0.5`}
        aria-label={`Select “${jobName}”`}
        checked={checked}
        disabled={!hydrated}
        onChange={() => onToggle(jobId)}
      />
    </td>
  );
}
