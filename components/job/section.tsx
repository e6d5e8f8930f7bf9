import type { ReactNode } from 'react';
import { ErrorPanel } from '@/components/ui/error-panel';
import type { RescaleError } from '@/lib/rescale/errors';
import { describeFailure } from '@/lib/rescale/failure';

/** A titled part of the job page. */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A section's failure in words, with a retry that refetches only that section. */
export function SectionError({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: RescaleError | Error;
  onRetry: () => void;
}) {
  const status = 'status' in error ? ` (${error.status})` : '';
  return (
    <ErrorPanel
      title={`Could not load ${what}`}
      message={`${describeFailure(error)}${status}`}
      onRetry={onRetry}
    />
  );
}

/** A placeholder's grey shape; its size is the caller's. */
export const skeletonShape = 'rounded bg-slate-200 dark:bg-slate-800';

/** A placeholder announced as "Loading `label`", pulsing, its shapes stacked. */
export function SkeletonFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} className="flex animate-pulse flex-col gap-2">
      {children}
    </div>
  );
}

export function SkeletonBlock({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <SkeletonFrame label={label}>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className={`h-4 ${skeletonShape}`} style={{ width: `${90 - index * 12}%` }} />
      ))}
    </SkeletonFrame>
  );
}
