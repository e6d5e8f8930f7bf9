import type { ReactNode } from 'react';
import { RetryButton } from './retry-button';

export type ErrorPanelProps = {
  title?: string;
  /** The cause in words a person can act on, e.g. the platform's own `detail`. */
  message: ReactNode;
  /** Shown as a button when given; a server component passes `action` instead. */
  onRetry?: () => void;
  retryLabel?: string;
  action?: ReactNode;
};

export function ErrorPanel({
  title = 'Something went wrong',
  message,
  onRetry,
  retryLabel = 'Try again',
  action,
}: ErrorPanelProps) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 className="font-semibold">{title}</h2>
      <p className="text-sm">{message}</p>
      {onRetry || action ? (
        <div className="mt-1 flex gap-2">
          {onRetry ? <RetryButton onRetry={onRetry} label={retryLabel} /> : null}
          {action}
        </div>
      ) : null}
    </div>
  );
}
