'use client';

import type { Ref } from 'react';
import type { JobFormErrors, JobFormField } from '@/lib/new-job/form';
import { FIELD_IDS } from '@/lib/new-job/field-ids';

const LABELS: Record<Exclude<JobFormField, 'form'>, string> = {
  name: 'Name',
  analysis: 'Software',
  version: 'Version',
  coreType: 'Hardware',
  coresPerSlot: 'Cores per slot',
  slots: 'Slots',
  walltime: 'Walltime',
  command: 'Command',
  license: 'Licence',
  envVars: 'Environment variables',
  inputFiles: 'Input files',
  jobVariables: 'DOE variables',
};

export type ErrorSummaryProps = { errors: JobFormErrors; title: string; ref?: Ref<HTMLDivElement> };

/** Every problem in one place, each a link to its field; focused after a failed save so it is read out. */

export function ErrorSummary({ errors, title, ref }: ErrorSummaryProps) {
  const fieldEntries = (Object.keys(LABELS) as Array<keyof typeof LABELS>).filter((field) => errors[field]);
  if (!errors.form && fieldEntries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="flex flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 id="error-summary-title" className="font-semibold">
        {title}
      </h2>
      {errors.form ? <p className="text-sm">{errors.form}</p> : null}
      {fieldEntries.length > 0 ? (
        <ul className="list-disc pl-5 text-sm">
          {fieldEntries.map((field) => (
            <li key={field}>
              <a href={`#${FIELD_IDS[field]}`} className="underline">
                {LABELS[field]}: {errors[field]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
