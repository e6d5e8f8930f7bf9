'use client';

import { Button } from '@/components/ui/button';
import type { EnvVarRow, JobFormErrors } from '@/lib/new-job/form';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { FieldError, hintClasses, inputClasses } from './field-error';

export type EnvVarsSectionProps = {
  rows: readonly EnvVarRow[];
  errors: JobFormErrors;
  onChange: (rows: EnvVarRow[]) => void;
};

export function EnvVarsSection({ rows, errors, onChange }: EnvVarsSectionProps) {
  const update = (index: number, change: Partial<EnvVarRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset
      id={FIELD_IDS.envVars}
      tabIndex={-1}
      className="flex flex-col gap-3"
      aria-describedby={describedBy('env-vars-hint', errors.envVars && errorId('envVars'))}
    >
      <legend className="text-lg font-semibold">Environment variables</legend>
      <p id="env-vars-hint" className={hintClasses}>
        Set for the command when it runs. Names use letters, digits and underscores.
      </p>
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`env-key-${index}`} className="text-xs font-medium">
              Name {index + 1}
            </label>
            <input
              id={`env-key-${index}`}
              type="text"
              value={row.key}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => update(index, { key: event.target.value })}
              className={`${inputClasses} font-mono`}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`env-value-${index}`} className="text-xs font-medium">
              Value {index + 1}
            </label>
            <input
              id={`env-value-${index}`}
              type="text"
              value={row.value}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => update(index, { value: event.target.value })}
              className={`${inputClasses} font-mono`}
            />
          </div>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Remove variable ${row.key || index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Remove
          </Button>
        </div>
      ))}
      <div>
        <Button size="sm" onClick={() => onChange([...rows, { key: '', value: '' }])}>
          Add variable
        </Button>
      </div>
      <FieldError field="envVars" message={errors.envVars} />
    </fieldset>
  );
}
