import { findCoreType, type Catalogue } from '@/lib/new-job/catalogue';
import type { JobForm } from '@/lib/new-job/form';
import { estimatePrice, formatUsd } from '@/lib/new-job/price';

function numberOrNull(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() && Number.isFinite(value) ? value : null;
}

/** The running on-demand price of the chosen hardware; read out politely as it changes. */
export function PriceEstimate({ form, catalogue }: { form: JobForm; catalogue: Catalogue }) {
  const coreType = findCoreType(catalogue, form.coreType);
  const estimate = estimatePrice(
    coreType,
    numberOrNull(form.coresPerSlot),
    numberOrNull(form.slots),
    numberOrNull(form.walltimeHours),
  );
  return (
    <output
      aria-live="polite"
      aria-label="Estimated price"
      className="block rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      {estimate && coreType ? (
        <>
          <span className="block text-lg font-semibold" data-testid="price-per-hour">
            {formatUsd(estimate.perHour)} per hour
          </span>
          <span className="text-slate-700 dark:text-slate-300">
            {estimate.totalCores} {estimate.totalCores === 1 ? 'core' : 'cores'} of {coreType.name} at{' '}
            {formatUsd(Number(coreType.price))} per core-hour
            {estimate.ceiling !== null ? `; at most ${formatUsd(estimate.ceiling)} within the walltime` : ''}.
          </span>
        </>
      ) : (
        <span className="text-slate-700 dark:text-slate-300">Choose hardware to see the price per hour.</span>
      )}
    </output>
  );
}
