import type { JobFormField } from '@/lib/new-job/form';

/** The element each field's error points at: the error summary links here, and focus lands here. */
export const FIELD_IDS: Record<Exclude<JobFormField, 'form'>, string> = {
  name: 'job-name',
  analysis: 'software-search',
  version: 'software-version',
  coreType: 'hardware-core-types',
  coresPerSlot: 'hardware-cores-per-slot',
  slots: 'hardware-slots',
  walltime: 'hardware-walltime',
  command: 'job-command',
  license: 'software-license',
  envVars: 'job-env-vars',
  inputFiles: 'job-input-files',
  jobVariables: 'job-variables',
};

export function errorId(field: JobFormField): string {
  return `${field}-error`;
}

/** `aria-describedby` for a control: its hint, then its error, whichever exist. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
