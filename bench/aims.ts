/** The aims, each compared with the current figure. Targets, not tests. */

export type Aim = {
  figure: string;
  direction: 'at most' | 'at least';
  target: number;
  unit: string;
  digits: number;
  current: number | null;
};

export function formatValue(value: number, unit: string, digits: number): string {
  const number = value.toFixed(digits);
  if (unit === '%') return `${number}%`;
  return unit === '' ? number : `${number} ${unit}`;
}

export function aimText(aim: Aim): string {
  return `${aim.direction === 'at most' ? '≤' : '≥'} ${formatValue(aim.target, aim.unit, aim.digits)}`;
}

/** Positive when the figure misses its aim, by how much; zero or negative when met. */
export function shortfall(aim: Aim): number | null {
  if (aim.current === null) return null;
  return aim.direction === 'at most' ? aim.current - aim.target : aim.target - aim.current;
}

export function gapText(aim: Aim): string {
  const gap = shortfall(aim);
  if (gap === null) return 'not measured';
  const size = Math.abs(gap);
  const amount =
    aim.unit === '%' ? `${size.toFixed(aim.digits)} points` : formatValue(size, aim.unit, aim.digits);
  return gap > 0 ? `misses by ${amount}` : `met, ${amount} to spare`;
}
