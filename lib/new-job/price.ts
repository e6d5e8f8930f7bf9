import type { CoreType } from '@/lib/rescale/types';

export type PriceEstimate = {
  totalCores: number;
  perHour: number;
  /** The most the job can cost when a walltime caps it; null without one. */
  ceiling: number | null;
};

/**
 * On-demand price of the chosen hardware: the core type's price per core-hour times
 * every core the job holds. Null until the hardware is complete enough to price.
 */
export function estimatePrice(
  coreType: CoreType | undefined,
  coresPerSlot: number | null,
  slots: number | null,
  walltimeHours: number | null,
): PriceEstimate | null {
  if (!coreType || !coresPerSlot || !slots || coresPerSlot < 1 || slots < 1) return null;
  const totalCores = coresPerSlot * slots;
  const perHour = Number(coreType.price) * totalCores;
  if (!Number.isFinite(perHour)) return null;
  return {
    totalCores,
    perHour,
    ceiling: walltimeHours && walltimeHours > 0 ? perHour * walltimeHours : null,
  };
}

export function formatUsd(amount: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
  }).format(amount);
}
