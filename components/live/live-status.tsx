'use client';

import type { LiveResource } from '@/lib/live/use-live-resource';
import { liveNoticeText } from '@/lib/live/live-notice';
import { useNow } from '@/lib/ui/use-now';

type LiveStatusProps = Pick<
  LiveResource<unknown>,
  'lastUpdatedAt' | 'nextRefreshAt' | 'notice' | 'refresh' | 'isValidating'
>;

function secondsAgo(then: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : `${Math.floor(minutes / 60)} h ago`;
}

function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** "Updated … · Refresh", and why live updates are slower or paused when they are. */
export function LiveStatus({ lastUpdatedAt, nextRefreshAt, notice, refresh, isValidating }: LiveStatusProps) {
  // Nothing here depends on the time until data or a notice exists, and neither does on the server.
  const now = useNow(1000, lastUpdatedAt !== null || notice !== null) ?? 0;
  const throttled = notice?.kind === 'throttled' && notice.retryAt > now;
  const shown = notice?.kind === 'throttled' && !throttled ? null : notice;

  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-600 dark:text-gray-400">
      {lastUpdatedAt !== null && (
        <>
          <span>
            Updated{' '}
            <time
              dateTime={new Date(lastUpdatedAt).toISOString()}
              title={new Date(lastUpdatedAt).toLocaleString()}
            >
              {secondsAgo(lastUpdatedAt, now)}
            </time>
          </span>
          <span aria-hidden="true">·</span>
        </>
      )}
      <button
        type="button"
        onClick={refresh}
        disabled={throttled || isValidating}
        className="rounded px-1 font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:text-gray-400 disabled:no-underline dark:text-blue-400 dark:disabled:text-gray-500"
      >
        {isValidating ? 'Refreshing…' : 'Refresh'}
      </button>
      <p
        role="status"
        aria-live="polite"
        className="basis-full text-amber-800 empty:hidden dark:text-amber-300"
      >
        {shown !== null && liveNoticeText(shown, now)}
        {shown?.kind === 'slowed' && nextRefreshAt !== null && (
          <>
            . Next refresh at{' '}
            <time dateTime={new Date(nextRefreshAt).toISOString()}>{clockTime(nextRefreshAt)}</time>.
          </>
        )}
      </p>
    </div>
  );
}
