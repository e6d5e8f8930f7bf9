import { CHART_SIZE } from '@/lib/job/chart-scale';
import { SkeletonFrame, skeletonShape } from './section';

/**
 * Holds the chart's place while its code or its runs load: the row of axis choices, the
 * plot at the chart's own proportions and the caption's line. The runs table sits below
 * the chart, so a placeholder of any other height would move the table, under a reader's
 * pointer, when the chart arrives.
 */
export function RunsChartSkeleton() {
  return (
    <SkeletonFrame label="chart">
      <div className={`h-7 w-72 ${skeletonShape}`} />
      <div
        className={`w-full max-w-3xl ${skeletonShape}`}
        style={{ aspectRatio: `${CHART_SIZE.width} / ${CHART_SIZE.height}` }}
      />
      <div className={`h-5 w-64 ${skeletonShape}`} />
    </SkeletonFrame>
  );
}
