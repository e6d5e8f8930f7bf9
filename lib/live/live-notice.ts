import { retryingWords } from '@/lib/rescale/failure-words';

/** Why live updates are not running at their usual pace, for `LiveStatus` to say. */
export type LiveNotice =
  { kind: 'throttled'; retryAt: number } | { kind: 'slowed'; nextRefreshAt: number | null };

export function liveNoticeText(notice: LiveNotice, now: number): string {
  if (notice.kind === 'throttled') {
    const seconds = Math.max(0, Math.ceil((notice.retryAt - now) / 1000));
    return retryingWords(seconds);
  }
  return "Live updates slowed to protect your Rescale key's hourly limit";
}
