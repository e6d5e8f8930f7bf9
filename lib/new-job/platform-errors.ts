import type { JobFormErrors, JobFormField } from './form';

/**
 * Django REST Framework answers a bad job with field-keyed lists, nested the way the
 * body was: `{"jobanalyses": [{"hardware": {"walltime": ["…"]}}]}`. Some clients flatten
 * that to `jobanalyses[0].hardware.walltime`. Either way, each message is placed on the
 * form field it is about; what fits no field is kept for the form as a whole.
 */

type Found = { path: string[]; message: string };

function collect(value: unknown, path: string[], out: Found[]): void {
  if (typeof value === 'string') {
    out.push({ path, message: value });
  } else if (Array.isArray(value)) {
    value.forEach((item) => collect(item, typeof item === 'string' ? path : [...path, '*'], out));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      collect(inner, [...path, ...key.split(/[.[\]]+/).filter(Boolean)], out);
    }
  }
}

const HARDWARE_FIELDS: Record<string, JobFormField> = {
  coreType: 'coreType',
  coresPerSlot: 'coresPerSlot',
  slots: 'slots',
  walltime: 'walltime',
};

const ANALYSIS_FIELDS: Record<string, JobFormField> = {
  command: 'command',
  envVars: 'envVars',
  inputFiles: 'inputFiles',
  useRescaleLicense: 'license',
};

function fieldFor(path: string[]): JobFormField {
  const keys = path.filter((segment) => segment !== '*' && !/^\d+$/.test(segment));
  const [first, second, third] = keys;
  if (first === 'name') return 'name';
  if (first === 'jobvariables') return 'jobVariables';
  if (first !== 'jobanalyses') return 'form';
  if (!second) return 'analysis';
  if (second === 'analysis') return third === 'version' ? 'version' : 'analysis';
  if (second === 'hardware') return (third && HARDWARE_FIELDS[third]) || 'coreType';
  return (second && ANALYSIS_FIELDS[second]) || 'form';
}

export function platformFieldErrors(body: unknown): JobFormErrors {
  const found: Found[] = [];
  collect(body, [], found);
  // The proxy tags its own failures with a machine `code`; only its `detail` is for people.
  const messages = found.filter(({ path }) => !(path.length === 1 && path[0] === 'code'));
  const errors: JobFormErrors = {};
  for (const { path, message } of messages) {
    const field = fieldFor(path);
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}
