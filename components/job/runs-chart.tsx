'use client';

import { useId } from 'react';
import { CHART_SIZE, formatTick, niceAxis, scale } from '@/lib/job/chart-scale';
import { CHART_RUNS_LIMIT } from '@/lib/job/job-resources';
import { useAllRuns } from '@/lib/job/use-job-resources';
import type { Job } from '@/lib/rescale/types';
import { defaultAxes, numericVariables, scatterPoints, variableColumns } from '@/lib/job/run-variables';
import { useJobStatus } from './job-status-context';
import { RunsChartSkeleton } from './runs-chart-skeleton';
import { SectionError } from './section';
import { useJobView } from '@/lib/url-state/use-job-view';

const { width: WIDTH, height: HEIGHT } = CHART_SIZE;
const MARGIN = { top: 12, right: 16, bottom: 44, left: 72 };

/** One variable against another over every run, in plain SVG; a point links to its run. */
export function RunsChart({ job }: { job: Job }) {
  const { view, setView } = useJobView();
  const { active } = useJobStatus();
  const runs = useAllRuns(job.id, active);
  const xId = useId();
  const yId = useId();

  if (runs.error)
    return <SectionError what="the runs for the chart" error={runs.error} onRetry={runs.refresh} />;
  if (!runs.data) return <RunsChartSkeleton />;

  const all = runs.data.results;
  const numeric = numericVariables(variableColumns(job.jobvariables, all), all);
  const defaults = defaultAxes(job.jobvariables, numeric);
  if (!defaults) return null;
  const x = view.x && numeric.includes(view.x) ? view.x : defaults.x;
  const y = view.y && numeric.includes(view.y) ? view.y : defaults.y;
  const points = scatterPoints(all, x, y);
  const xAxis = niceAxis(points.map((point) => point.x));
  const yAxis = niceAxis(points.map((point) => point.y));
  const px = xAxis ? scale(xAxis, MARGIN.left, WIDTH - MARGIN.right) : () => 0;
  const py = yAxis ? scale(yAxis, HEIGHT - MARGIN.bottom, MARGIN.top) : () => 0;
  const select =
    'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

  return (
    <figure className="flex flex-col gap-2" data-testid="runs-chart">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label htmlFor={yId}>Plot</label>
        <select
          id={yId}
          value={y}
          onChange={(event) => setView({ y: event.target.value }, { replace: true })}
          className={select}
        >
          {numeric.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label htmlFor={xId}>against</label>
        <select
          id={xId}
          value={x}
          onChange={(event) => setView({ x: event.target.value }, { replace: true })}
          className={select}
        >
          {numeric.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </div>
      {xAxis && yAxis ? (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={`${y} against ${x} for ${points.length} runs`}
          className="h-auto w-full max-w-3xl text-slate-700 dark:text-slate-200"
        >
          {xAxis.ticks.map((tick) => (
            <g key={`x${tick}`}>
              <line
                x1={px(tick)}
                x2={px(tick)}
                y1={MARGIN.top}
                y2={HEIGHT - MARGIN.bottom}
                className="stroke-slate-200 dark:stroke-slate-800"
              />
              <text
                x={px(tick)}
                y={HEIGHT - MARGIN.bottom + 16}
                textAnchor="middle"
                className="fill-current text-[11px]"
              >
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {yAxis.ticks.map((tick) => (
            <g key={`y${tick}`}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={py(tick)}
                y2={py(tick)}
                className="stroke-slate-200 dark:stroke-slate-800"
              />
              <text
                x={MARGIN.left - 6}
                y={py(tick) + 4}
                textAnchor="end"
                className="fill-current text-[11px]"
              >
                {formatTick(tick)}
              </text>
            </g>
          ))}
          <text
            x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
            y={HEIGHT - 6}
            textAnchor="middle"
            className="fill-current text-[12px] font-medium"
          >
            {x}
          </text>
          <text
            transform={`translate(14 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="fill-current text-[12px] font-medium"
          >
            {y}
          </text>
          {points.map((point) => (
            // The runs table is the keyboard way to a run; a point is a mouse shortcut to it.
            <g
              key={point.runId}
              className="cursor-pointer"
              onClick={() => setView({ run: point.runId, tab: 'runs' })}
            >
              <title>{`Run ${point.displayOrder}: ${x} ${point.x}, ${y} ${point.y}`}</title>
              <circle
                cx={px(point.x)}
                cy={py(point.y)}
                r={point.runId === view.run ? 6 : 4}
                className={
                  point.runId === view.run
                    ? 'fill-amber-500 stroke-slate-900 dark:stroke-white'
                    : 'fill-sky-600/70 dark:fill-sky-400/70'
                }
              />
            </g>
          ))}
        </svg>
      ) : (
        <p className="text-sm">
          No run has numbers for both {x} and {y} yet.
        </p>
      )}
      <figcaption className="text-sm text-slate-600 dark:text-slate-300">
        {y} against {x}, {points.length} of {runs.data.count} runs
        {runs.data.count > CHART_RUNS_LIMIT && ` (the first ${CHART_RUNS_LIMIT} are plotted)`}.
      </figcaption>
    </figure>
  );
}
