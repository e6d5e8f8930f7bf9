import type { JobFormField } from '@/lib/new-job/form';
import { errorId } from '@/lib/new-job/field-ids';

export function FieldError({ field, message }: { field: JobFormField; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(field)} className="text-sm font-medium text-red-800 dark:text-red-300">
      {message}
    </p>
  );
}

export const inputClasses =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 ' +
  'aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-invalid:border-red-400';

export const labelClasses = 'text-sm font-medium text-slate-800 dark:text-slate-200';

export const hintClasses = 'text-xs text-slate-600 dark:text-slate-400';
