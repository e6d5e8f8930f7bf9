import { isSuccessfulCompletion } from '@/lib/rescale/status';
import { statusTone } from '@/lib/ui/status-tone';

export type StatusBadgeProps = {
  /** A job status string; empty for a saved job that was never submitted. */
  status: string;
  /** The status reason; shown beside the badge when it is not plain success. */
  reason?: string | null;
  /** The reason is still being looked up: a `Completed` badge then claims no success yet. */
  reasonPending?: boolean;
};

export function StatusBadge({ status, reason, reasonPending = false }: StatusBadgeProps) {
  const label = status || 'Not submitted';
  const showReason = Boolean(reason) && !isSuccessfulCompletion(status, reason);
  const tone = statusTone(status, reason, reasonPending);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-0.5">
      {/* Its colours come from its tone (app/globals.css). */}
      <span data-tone={tone} className="status-badge">
        {label}
      </span>
      {showReason ? (
        <span className="max-w-56 text-xs text-slate-700 dark:text-slate-300">{reason}</span>
      ) : null}
    </span>
  );
}
