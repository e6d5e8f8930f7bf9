import { formatDuration } from '@/lib/ui/format';
import type { Timeline } from '@/lib/job/status-timeline';
import { timelineTicks } from '@/lib/job/timeline-ticks';

const WIDTH = 1000;
const LANE_HEIGHT = 30;
const LABEL_WIDTH = 70;
const AXIS_HEIGHT = 22;

/** Fill per status; text labels carry the meaning, colour only groups. */
const fills: Record<string, string> = {
  Pending: 'fill-violet-300 dark:fill-violet-700',
  Queued: 'fill-violet-400 dark:fill-violet-600',
  'Waiting for Queue': 'fill-violet-400 dark:fill-violet-600',
  Started: 'fill-sky-300 dark:fill-sky-700',
  Validated: 'fill-sky-400 dark:fill-sky-600',
  Executing: 'fill-emerald-400 dark:fill-emerald-600',
  Stopping: 'fill-amber-300 dark:fill-amber-600',
  'Not Started': 'fill-slate-300 dark:fill-slate-600',
  Starting: 'fill-sky-300 dark:fill-sky-700',
  'Stop Requested': 'fill-amber-300 dark:fill-amber-600',
};

/**
 * Both lanes on one time axis: each phase a bar as long as it lasted, labelled when
 * there is room, with its exact span in a tooltip. End states are drawn as a tick.
 */
export function StatusTimelineSvg({ timeline, describedBy }: { timeline: Timeline; describedBy: string }) {
  const span = Math.max(1, timeline.end - timeline.start);
  const x = (time: number) => LABEL_WIDTH + ((time - timeline.start) / span) * (WIDTH - LABEL_WIDTH - 4);
  const height = timeline.lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const ticks = timelineTicks(span);

  return (
    // Below this width the labels shrink past reading: the timeline scrolls instead.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Status timeline, scrollable">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Status timeline over ${formatDuration(span)}`}
        aria-describedby={describedBy}
        className="h-auto w-full min-w-[40rem] text-slate-700 dark:text-slate-200"
        data-testid="status-timeline"
      >
        {timeline.lanes.map((lane, laneIndex) => {
          const top = laneIndex * LANE_HEIGHT;
          return (
            <g key={lane.label}>
              <text x={0} y={top + LANE_HEIGHT / 2 + 4} className="fill-current text-[12px] font-medium">
                {lane.label}
              </text>
              {lane.phases.map((phase, index) => {
                const left = x(phase.start);
                const width = Math.max(phase.end > phase.start ? 2 : 0, x(phase.end) - left);
                const title = `${lane.label}: ${phase.status}${phase.reason ? ` (${phase.reason})` : ''}, ${
                  phase.end > phase.start ? formatDuration(phase.end - phase.start) : 'reached'
                }${phase.ongoing ? ' so far' : ''}`;
                if (width === 0) {
                  return (
                    <g key={index}>
                      <title>{title}</title>
                      <rect
                        x={left - 1.5}
                        y={top + 4}
                        width={3}
                        height={LANE_HEIGHT - 8}
                        className="fill-current"
                      />
                    </g>
                  );
                }
                const label = `${phase.status} · ${formatDuration(phase.end - phase.start)}`;
                const fits = width > label.length * 6.2 + 8;
                const short = width > phase.status.length * 6.2 + 8;
                return (
                  <g key={index}>
                    <title>{title}</title>
                    <rect
                      x={left}
                      y={top + 4}
                      width={width}
                      height={LANE_HEIGHT - 8}
                      rx={3}
                      className={`${fills[phase.status] ?? 'fill-slate-300 dark:fill-slate-600'} stroke-white dark:stroke-slate-950`}
                      strokeWidth={1}
                    >
                      {phase.ongoing && (
                        <animate attributeName="opacity" values="1;0.6;1" dur="2s" repeatCount="indefinite" />
                      )}
                    </rect>
                    {(fits || short) && (
                      <text
                        x={left + 4}
                        y={top + LANE_HEIGHT / 2 + 4}
                        className="fill-slate-900 text-[11px] dark:fill-white"
                      >
                        {fits ? label : phase.status}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {ticks.map(({ share, label }) => {
          const tx = x(timeline.start + share * span);
          return (
            <g key={share}>
              <line
                x1={tx}
                x2={tx}
                y1={0}
                y2={height - AXIS_HEIGHT + 4}
                className="stroke-slate-300 dark:stroke-slate-700"
                strokeDasharray="2 3"
              />
              <text
                x={tx}
                y={height - 6}
                textAnchor={share === 0 ? 'start' : share === 1 ? 'end' : 'middle'}
                className="fill-current text-[11px]"
              >
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
