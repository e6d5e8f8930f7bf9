'use client';

import { PageLoadError, type RouteErrorProps } from '@/components/ui/page-load-error';

export default function FilesError({ reset }: RouteErrorProps) {
  return (
    <PageLoadError
      heading="Files"
      page="files page"
      showing="your files"
      className="mx-auto flex max-w-5xl flex-col gap-6"
      onRetry={reset}
    />
  );
}
