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

/** The form's own pieces (app/globals.css). */
export const inputClasses = 'field-input';

export const labelClasses = 'field-label';

export const hintClasses = 'field-hint';
