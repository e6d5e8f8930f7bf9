'use client';

import { PageLoadError, type RouteErrorProps } from '@/components/ui/page-load-error';

export default function NewJobError({ reset }: RouteErrorProps) {
  return (
    <PageLoadError
      heading="New job"
      page="new job form"
      showing="the form"
      className="mx-auto flex max-w-4xl flex-col gap-6"
      onRetry={reset}
    />
  );
}
