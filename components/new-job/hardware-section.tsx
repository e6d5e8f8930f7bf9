'use client';

import {
  allowedCoreTypes,
  findAnalysis,
  findCoreType,
  findVersion,
  type Catalogue,
} from '@/lib/new-job/catalogue';
import type { JobForm, JobFormErrors } from '@/lib/new-job/form';
import { formatUsd } from '@/lib/new-job/price';
import { formatBytes } from '@/lib/ui/format';
import type { CoreType } from '@/lib/rescale/types';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { FieldError, hintClasses, inputClasses, labelClasses } from './field-error';

export type HardwareSectionProps = {
  form: JobForm;
  catalogue: Catalogue;
  errors: JobFormErrors;
  onCoreType: (code: string) => void;
  onChange: (change: Partial<Pick<JobForm, 'coresPerSlot' | 'slots' | 'walltimeHours'>>) => void;
};

function coreCounts(coreType: CoreType): string {
  return coreType.cores.join(', ');
}

export function HardwareSection({ form, catalogue, errors, onCoreType, onChange }: HardwareSectionProps) {
  const analysis = findAnalysis(catalogue, form.analysisCode);
  const version = analysis ? findVersion(analysis, form.versionCode) : undefined;
  const options = version ? allowedCoreTypes(catalogue, version) : [];
  const chosen = findCoreType(catalogue, form.coreType);
  const walltimeHintId = 'hardware-walltime-hint';

  return (
    <section aria-labelledby="hardware-heading" className="flex flex-col gap-4">
      <h2 id="hardware-heading" className="text-lg font-semibold">
        Hardware
      </h2>
      <fieldset
        id={FIELD_IDS.coreType}
        tabIndex={-1}
        className="flex flex-col gap-2"
        aria-describedby={describedBy(errors.coreType && errorId('coreType'))}
      >
        <legend className={labelClasses}>Core type</legend>
        {!version ? (
          <p className={hintClasses}>
            Choose software and a version first: they decide which hardware can run it.
          </p>
        ) : options.length === 0 ? (
          <p className={hintClasses}>This version lists no hardware that is still offered.</p>
        ) : (
          <div className="grid gap-2 md:grid-cols-2">
            {options.map((coreType) => (
              <label key={coreType.code} className="choice-option gap-3 p-3">
                <input
                  type="radio"
                  name="coreType"
                  value={coreType.code}
                  checked={coreType.code === form.coreType}
                  onChange={() => onCoreType(coreType.code)}
                  aria-describedby={`core-type-${coreType.code}-facts`}
                />
                <span className="flex flex-col">
                  <span className="font-medium">{coreType.name}</span>
                  <span
                    id={`core-type-${coreType.code}-facts`}
                    className="text-slate-600 dark:text-slate-400"
                  >
                    {formatBytes(coreType.memory * 1024 * 1024)} memory per core ·{' '}
                    {formatUsd(Number(coreType.price))} per core-hour · {coreCounts(coreType)} cores
                    {coreType.walltimeRequired ? ' · walltime required' : ''}
                  </span>
                </span>
              </label>
            ))}
          </div>
        )}
        <FieldError field="coreType" message={errors.coreType} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={FIELD_IDS.coresPerSlot} className={labelClasses}>
            Cores per slot
          </label>
          <select
            id={FIELD_IDS.coresPerSlot}
            value={form.coresPerSlot}
            disabled={!chosen}
            onChange={(event) => onChange({ coresPerSlot: event.target.value })}
            aria-describedby={describedBy(errors.coresPerSlot && errorId('coresPerSlot'))}
            aria-invalid={errors.coresPerSlot ? true : undefined}
            className={inputClasses}
          >
            {chosen?.cores.includes(Number(form.coresPerSlot)) ? null : (
              <option value={form.coresPerSlot}>—</option>
            )}
            {chosen?.cores.map((count) => (
              <option key={count} value={String(count)}>
                {count}
              </option>
            ))}
          </select>
          <FieldError field="coresPerSlot" message={errors.coresPerSlot} />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={FIELD_IDS.slots} className={labelClasses}>
            Slots
          </label>
          <input
            id={FIELD_IDS.slots}
            type="text"
            inputMode="numeric"
            value={form.slots}
            onChange={(event) => onChange({ slots: event.target.value })}
            aria-describedby={describedBy('hardware-slots-hint', errors.slots && errorId('slots'))}
            aria-invalid={errors.slots ? true : undefined}
            className={inputClasses}
          />
          <p id="hardware-slots-hint" className={hintClasses}>
            Nodes of that size, side by side.
          </p>
          <FieldError field="slots" message={errors.slots} />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={FIELD_IDS.walltime} className={labelClasses}>
            Maximum walltime, hours{chosen?.walltimeRequired ? '' : ' (optional)'}
          </label>
          <input
            id={FIELD_IDS.walltime}
            type="text"
            inputMode="decimal"
            value={form.walltimeHours}
            required={chosen?.walltimeRequired ?? false}
            onChange={(event) => onChange({ walltimeHours: event.target.value })}
            aria-describedby={describedBy(walltimeHintId, errors.walltime && errorId('walltime'))}
            aria-invalid={errors.walltime ? true : undefined}
            className={inputClasses}
          />
          <p id={walltimeHintId} className={hintClasses}>
            {chosen?.walltimeRequired
              ? `${chosen.name} requires one: the job is stopped when it runs this long.`
              : 'The job is stopped when it runs this long.'}
          </p>
          <FieldError field="walltime" message={errors.walltime} />
        </div>
      </div>
    </section>
  );
}
