'use client';

import type { AnchorHTMLAttributes, ReactNode } from 'react';
import type { JobViewQuery } from '@/lib/url-state/job-view-query';
import { isPlainLeftClick } from '@/lib/url-state/navigate';
import { useJobView } from '@/lib/url-state/use-job-view';

type ViewLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  change: Partial<JobViewQuery>;
  children: ReactNode;
};

/** A real link to another view of this job, followed in place without reloading the page. */
export function ViewLink({ change, children, onClick, ...rest }: ViewLinkProps) {
  const { hrefFor, setView } = useJobView();
  return (
    <a
      {...rest}
      href={hrefFor(change)}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event)) return;
        event.preventDefault();
        setView(change);
      }}
    >
      {children}
    </a>
  );
}
