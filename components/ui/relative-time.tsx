'use client';

import { formatDateTime, formatRelativeTime } from '@/lib/ui/format';
import { useNow } from '@/lib/ui/use-now';

export type RelativeTimeProps = { iso: string };

/**
 * "5 minutes ago", with the exact local time on hover. The server and the
 * hydrating browser may disagree by a few seconds and on the time zone, so the
 * exact time is only added once the browser's clock takes over.
 */
export function RelativeTime({ iso }: RelativeTimeProps) {
  const now = useNow();
  return (
    <time
      dateTime={iso}
      title={now === null ? undefined : formatDateTime(iso)}
      suppressHydrationWarning
      className="whitespace-nowrap"
    >
      {
        // Before hydration the server's clock stands in; the browser's replaces it at once.
        // eslint-disable-next-line react-hooks/purity
        formatRelativeTime(iso, now ?? Date.now())
      }
    </time>
  );
}
