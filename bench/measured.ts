import type { Measured } from './readme';
import { summarize } from './stats';

export function measured(values: readonly number[], unit: string, digits: number): Measured {
  return { summary: summarize(values), unit, digits };
}

/** The targets in a different order each round, so no target always runs first or last. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
