import { isSuccessfulCompletion } from '@/lib/rescale/status';
import { statusTone, type StatusTone } from '@/lib/ui/status-tone';

const tones: Record<StatusTone, string> = {
  success:
    'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-900/40 dark:text-emerald-100 dark:ring-emerald-700',
  warning:
    'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-900/40 dark:text-amber-100 dark:ring-amber-700',
  danger: 'bg-red-100 text-red-900 ring-red-300 dark:bg-red-900/40 dark:text-red-100 dark:ring-red-700',
  running: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-900/40 dark:text-sky-100 dark:ring-sky-700',
  waiting:
    'bg-violet-100 text-violet-900 ring-violet-300 dark:bg-violet-900/40 dark:text-violet-100 dark:ring-violet-700',
  neutral:
    'bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600',
};

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
      <span
        data-tone={tone}
        className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}
      >
        {label}
      </span>
      {showReason ? (
        <span className="max-w-56 text-xs text-slate-700 dark:text-slate-300">{reason}</span>
      ) : null}
    </span>
  );
}
