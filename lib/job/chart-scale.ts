/**
 * Axis arithmetic for the runs scatter chart: a padded domain with round tick values,
 * and the mapping from data to pixels. Plain functions so the SVG stays declarative.
 */

/** The chart's drawing size: its SVG's viewBox, and the proportions its placeholder keeps. */
export const CHART_SIZE = { width: 640, height: 360 } as const;

export type Axis = { min: number; max: number; ticks: number[] };

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** Round the extent out to whole steps so every point sits inside the ticks. */
export function niceAxis(values: readonly number[], count = 5): Axis | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, count);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let value = lo; value <= hi + step / 2; value += step) {
    ticks.push(Number(value.toFixed(decimals)));
  }
  return { min: lo, max: hi, ticks };
}

/** Map a value in the axis domain onto [from, to] (to may be less than from, as for y). */
export function scale(axis: Pick<Axis, 'min' | 'max'>, from: number, to: number) {
  const span = axis.max - axis.min || 1;
  return (value: number) => from + ((value - axis.min) / span) * (to - from);
}

/** A short label for a tick: no float noise, exponent form for very large or small. */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-3) return value.toExponential(1);
  return String(Number(value.toPrecision(6)));
}
