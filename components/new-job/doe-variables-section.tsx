'use client';

import { Button } from '@/components/ui/button';
import type { JobForm, JobFormErrors } from '@/lib/new-job/form';
import { describedBy, errorId, FIELD_IDS } from '@/lib/new-job/field-ids';
import { FieldError } from './field-error';

const OUTPUT_TYPES: ReadonlySet<string> = new Set(['Output', 'Objective', 'Constraint']);

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The design-of-experiments variables a copy carries, or a plain note of what it leaves
 * out once they are dropped. Shown only for copies of DOE jobs.
 */
export function DoeVariablesSection({
  form,
  errors,
  onLeaveOut,
}: {
  form: JobForm;
  errors: JobFormErrors;
  onLeaveOut: () => void;
}) {
  if (form.jobVariables.length === 0 && form.leftOutVariables.length === 0) return null;
  const inputs = form.jobVariables.filter((v) => !OUTPUT_TYPES.has(v.variableType)).map((v) => v.name);
  const outputs = form.jobVariables.filter((v) => OUTPUT_TYPES.has(v.variableType)).map((v) => v.name);
  return (
    <section
      aria-labelledby="doe-heading"
      id={FIELD_IDS.jobVariables}
      tabIndex={-1}
      aria-describedby={describedBy(errors.jobVariables && errorId('jobVariables'))}
      className="flex flex-col gap-2"
      data-testid="doe-variables"
    >
      <h2 id="doe-heading" className="text-lg font-semibold">
        Design of experiments
      </h2>
      {form.jobVariables.length > 0 ? (
        <>
          <p className="text-sm">
            This copy keeps the {form.jobVariables.length} variables of the original:{' '}
            {inputs.length > 0 ? `${list(inputs)} (inputs)` : ''}
            {inputs.length > 0 && outputs.length > 0 ? '; ' : ''}
            {outputs.length > 0 ? `${list(outputs)} (outputs)` : ''}.
          </p>
          <FieldError field="jobVariables" message={errors.jobVariables} />
          <div>
            <Button size="sm" onClick={onLeaveOut}>
              Leave the variables out
            </Button>
          </div>
        </>
      ) : (
        <p className="text-sm" role="status">
          This copy leaves out the variables of the original ({list(form.leftOutVariables)}): it is a single
          run of the command as written, not a design of experiments.
        </p>
      )}
    </section>
  );
}
