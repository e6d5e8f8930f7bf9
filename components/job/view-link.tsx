'use client';

import type { ReactNode } from 'react';
import { InPlaceLink, type InPlaceLinkProps } from '@/components/ui/in-place-link';
import type { JobViewQuery } from '@/lib/url-state/job-view-query';
import { useJobView } from '@/lib/url-state/use-job-view';

type ViewLinkProps = Omit<InPlaceLinkProps, 'href'> & {
  change: Partial<JobViewQuery>;
  children: ReactNode;
};

/** A real link to another view of this job, followed in place without reloading the page. */
export function ViewLink({ change, ...rest }: ViewLinkProps) {
  const { hrefFor } = useJobView();
  return <InPlaceLink {...rest} href={hrefFor(change)} />;
}
