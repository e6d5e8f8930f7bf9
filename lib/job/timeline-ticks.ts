import { formatDuration } from '@/lib/ui/format';

export type TimelineTick = { share: number; label: string };

const SHARES = [0, 0.25, 0.5, 0.75, 1];

/**
 * Ticks of the status timeline's axis at quarters of its span, each labelled with the
 * time since the start. A tick whose label says nothing new (a span of a few seconds
 * gives "+0 s" four times) is left out rather than repeated.
 */
export function timelineTicks(spanMs: number): TimelineTick[] {
  const ticks: TimelineTick[] = [];
  for (const share of SHARES) {
    const label = share === 0 ? 'start' : `+${formatDuration(share * spanMs)}`;
    if (label === '+0 s' || ticks.some((tick) => tick.label === label)) continue;
    ticks.push({ share, label });
  }
  return ticks;
}
