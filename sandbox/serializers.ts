/**
 * The request bodies the sandbox validates, described field by field as DRF's
 * SimpleMetadata describes a serializer in an OPTIONS answer's `actions`:
 * `type`, `required`, `read_only`, the default `label` (from the field name), limits,
 * then `child` (lists) or `children` (nested objects), then `choices`.
 * https://www.django-rest-framework.org/api-guide/metadata/
 */
import { JOB_VARIABLE_TYPES, VALUE_GENERATOR_TYPES } from './job-variables';

export type FieldInfo = {
  type: string;
  required: boolean;
  read_only: boolean;
  label?: string;
  max_length?: number;
  min_value?: number;
  child?: FieldInfo;
  children?: Fields;
  choices?: Array<{ value: string; display_name: string }>;
};
export type Fields = Record<string, FieldInfo>;

type Spec = {
  type: string;
  required?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  minValue?: number;
  child?: Spec;
  children?: Record<string, Spec>;
  choices?: readonly string[];
};

/** DRF's default label: underscores as spaces, then Python's str.capitalize(). */
function label(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

function info(spec: Spec, name: string): FieldInfo {
  const field: FieldInfo = {
    type: spec.type,
    required: spec.required ?? false,
    read_only: spec.readOnly ?? false,
  };
  if (label(name)) field.label = label(name);
  if (spec.maxLength !== undefined) field.max_length = spec.maxLength;
  if (spec.minValue !== undefined) field.min_value = spec.minValue;
  // A list's child is bound without a name, so it has no label.
  if (spec.child) field.child = info(spec.child, '');
  else if (spec.children) field.children = fields(spec.children);
  if (spec.choices && !spec.readOnly)
    field.choices = spec.choices.map((value) => ({ value, display_name: value }));
  return field;
}

function fields(specs: Record<string, Spec>): Fields {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, info(spec, name)]));
}

/** A nested serializer with many=True: a list whose child is the nested object. */
function many(children: Record<string, Spec>, required = false): Spec {
  return { type: 'field', required, child: { type: 'nested object', required, children } };
}

const JOB_ANALYSIS: Record<string, Spec> = {
  analysis: {
    type: 'nested object',
    required: true,
    children: { code: { type: 'string', required: true }, version: { type: 'string' } },
  },
  command: { type: 'string', required: true },
  useMpi: { type: 'boolean' },
  envVars: { type: 'nested object', child: { type: 'string', required: true } },
  hardware: {
    type: 'nested object',
    required: true,
    children: {
      coreType: { type: 'string', required: true },
      coresPerSlot: { type: 'integer', required: true, minValue: 1 },
      slots: { type: 'integer', minValue: 1 },
      walltime: { type: 'float' },
    },
  },
  inputFiles: many({ id: { type: 'string', required: true } }),
  useRescaleLicense: { type: 'boolean' },
};

const JOB_VARIABLE: Record<string, Spec> = {
  name: { type: 'string', required: true },
  variableType: { type: 'choice', required: true, choices: JOB_VARIABLE_TYPES },
  displayOrder: { type: 'integer', required: true },
  valueGeneratorType: { type: 'choice', required: true, choices: VALUE_GENERATOR_TYPES },
  valueGeneratorSettings: { type: 'nested object', required: true, child: { type: 'field', required: true } },
};

const RESOURCE_FILTER: Record<string, Spec> = {
  caseSensitive: { type: 'boolean' },
  include: { type: 'boolean' },
  filterType: { type: 'string', required: true },
  selector: { type: 'string', required: true },
};

export const JOB_FIELDS = fields({
  id: { type: 'string', readOnly: true },
  name: { type: 'string', required: true, maxLength: 200 },
  owner: { type: 'email', readOnly: true },
  jobanalyses: many(JOB_ANALYSIS, true),
  jobvariables: many(JOB_VARIABLE),
  resourceFilters: many(RESOURCE_FILTER),
  isLowPriority: { type: 'boolean' },
});

export const SHARE_FIELDS = fields({
  email: { type: 'email', required: true },
  message: { type: 'string' },
});

export const UPLOAD_FIELDS = fields({
  file: { type: 'file upload', required: true },
  typeId: { type: 'integer' },
});
