'use client';

import type { JobForm, JobFormErrors } from '@/lib/new-job/form';
import { explainPlaceholders } from '@/lib/new-job/placeholders';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { FieldError, hintClasses, inputClasses, labelClasses } from './field-error';

export type CommandSectionProps = {
  form: JobForm;
  errors: JobFormErrors;
  mpiOffered: boolean;
  onCommand: (command: string) => void;
  onMpi: (useMpi: boolean) => void;
};

function wholeOrNull(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function CommandSection({ form, errors, mpiOffered, onCommand, onMpi }: CommandSectionProps) {
  const help = explainPlaceholders(form.command, {
    coresPerSlot: wholeOrNull(form.coresPerSlot),
    slots: wholeOrNull(form.slots),
  });
  const helpId = 'job-command-placeholders';

  return (
    <section aria-labelledby="command-heading" className="flex flex-col gap-3">
      <h2 id="command-heading" className="text-lg font-semibold">
        What to run
      </h2>
      {mpiOffered ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={form.useMpi} onChange={(event) => onMpi(event.target.checked)} />
          Run across slots with MPI
        </label>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor={FIELD_IDS.command} className={labelClasses}>
            Command
          </label>
          <textarea
            id={FIELD_IDS.command}
            rows={3}
            value={form.command}
            spellCheck={false}
            onChange={(event) => onCommand(event.target.value)}
            aria-describedby={describedBy(help.length > 0 && helpId, errors.command && errorId('command'))}
            aria-invalid={errors.command ? true : undefined}
            className={`${inputClasses} font-mono`}
          />
          <FieldError field="command" message={errors.command} />
        </div>
        {help.length > 0 ? (
          <div id={helpId} className="flex flex-col gap-1 text-sm">
            <p className={labelClasses}>Replace the placeholders</p>
            <dl className="flex flex-col gap-1">
              {help.map((item) => (
                <div key={item.placeholder}>
                  <dt className="font-mono text-slate-900 dark:text-slate-100">{item.placeholder}</dt>
                  <dd className="text-slate-700 dark:text-slate-300">
                    {item.meaning}
                    {item.suggestion ? `; with this hardware, ${item.suggestion}` : ''}.
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : (
          <p className={hintClasses}>
            The command runs in the job’s working directory, where the input files are.
          </p>
        )}
      </div>
    </section>
  );
}
