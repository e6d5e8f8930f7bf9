/**
 * DRF serializer fields' checks and their wording, for bodies the sandbox validates by
 * hand. Each answers the value it accepts or the field's list of messages.
 * https://www.django-rest-framework.org/api-guide/fields/
 */

export type Checked<T> = { value: T } | { errors: string[] };
export type Errors = Record<string, unknown>;

export const REQUIRED = ['This field is required.'];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The Python type name DRF puts in its messages for a JSON value. */
export function pythonType(value: unknown): string {
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (Array.isArray(value)) return 'list';
  return value === null ? 'NoneType' : 'dict';
}

/** Absent: the default if there is one, else "required"; null is refused as DRF does without allow_null. */
function present(value: unknown, fallback?: unknown): Checked<unknown> {
  if (value === undefined) return fallback === undefined ? { errors: REQUIRED } : { value: fallback };
  if (value === null) return { errors: ['This field may not be null.'] };
  return { value };
}

export function charField(value: unknown, options: { allowBlank?: boolean } = {}): Checked<string> {
  const checked = present(value);
  if ('errors' in checked) return checked;
  if (typeof checked.value !== 'string') return { errors: ['Not a valid string.'] };
  if (!options.allowBlank && checked.value.trim() === '') return { errors: ['This field may not be blank.'] };
  return { value: checked.value };
}

export function choiceField(value: unknown, choices: readonly string[], allowBlank = false): Checked<string> {
  const checked = present(value);
  if ('errors' in checked) return checked;
  if (allowBlank && checked.value === '') return { value: '' };
  if (typeof checked.value !== 'string' || !choices.includes(checked.value))
    return { errors: [`"${String(checked.value)}" is not a valid choice.`] };
  return { value: checked.value };
}

export function integerField(value: unknown): Checked<number> {
  const checked = present(value);
  if ('errors' in checked) return checked;
  if (typeof checked.value !== 'number' || !Number.isInteger(checked.value))
    return { errors: ['A valid integer is required.'] };
  return { value: checked.value };
}

export function booleanField(value: unknown, fallback: boolean): Checked<boolean> {
  const checked = present(value, fallback);
  if ('errors' in checked) return checked;
  if (typeof checked.value !== 'boolean') return { errors: ['Must be a valid boolean.'] };
  return { value: checked.value };
}

export function dictField(value: unknown): Checked<Record<string, unknown>> {
  const checked = present(value);
  if ('errors' in checked) return checked;
  if (!isObject(checked.value))
    return { errors: [`Expected a dictionary of items but got type "${pythonType(checked.value)}".`] };
  return { value: checked.value };
}

/** Runs the checks of a nested serializer: the accepted object, or its field-keyed errors. */
export function nested<T>(checks: { [K in keyof T]: Checked<T[K]> }): { value: T } | { errors: Errors } {
  const errors: Errors = {};
  const value: Record<string, unknown> = {};
  for (const [name, checked] of Object.entries<Checked<unknown>>(checks)) {
    if ('errors' in checked) errors[name] = checked.errors;
    else value[name] = checked.value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { value: value as T };
}

/** A list of nested objects: one entry per item, `{}` for the good ones, when any is bad. */
export function listOf<T>(
  value: unknown,
  item: (entry: Record<string, unknown>) => { value: T } | { errors: Errors },
): { value: T[] } | { errors: unknown } {
  if (!Array.isArray(value))
    return { errors: [`Expected a list of items but got type "${pythonType(value)}".`] };
  const results = value.map((entry) =>
    isObject(entry)
      ? item(entry)
      : {
          errors: {
            non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonType(entry)}.`],
          },
        },
  );
  if (results.every((result) => 'value' in result))
    return { value: results.map((result) => (result as { value: T }).value) };
  return { errors: results.map((result) => ('errors' in result ? result.errors : {})) };
}
