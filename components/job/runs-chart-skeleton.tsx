/** The chart's drawing size: its SVG's viewBox, and the proportions its placeholder keeps. */
export const CHART_SIZE = { width: 640, height: 360 } as const;

const block = 'rounded bg-slate-200 dark:bg-slate-800';

/**
 * Holds the chart's place while its code or its runs load: the row of axis choices, the
 * plot at the chart's own proportions and the caption's line. The runs table sits below
 * the chart, so a placeholder of any other height would move the table, under a reader's
 * pointer, when the chart arrives.
 */
export function RunsChartSkeleton() {
  return (
    <div role="status" aria-label="Loading chart" className="flex animate-pulse flex-col gap-2">
      <div className={`h-7 w-72 ${block}`} />
      <div
        className={`w-full max-w-3xl ${block}`}
        style={{ aspectRatio: `${CHART_SIZE.width} / ${CHART_SIZE.height}` }}
      />
      <div className={`h-5 w-64 ${block}`} />
    </div>
  );
}
