/**
 * What the new-job form holds, exactly as typed. Numbers stay strings so a draft
 * restores "1.5" or "" as the user left it; `validateJobForm` turns them into a
 * request body.
 */
import type { JobVariable, JobVariableType } from '@/lib/rescale/types';

const JOB_VARIABLE_TYPES: readonly JobVariableType[] = [
  'Param',
  'Design',
  'Output',
  'Case',
  'Constraint',
  'Objective',
];
export type InputFileRef = { id: string; name: string; size: number };
export type EnvVarRow = { key: string; value: string };
export type JobForm = {
  name: string;
  analysisCode: string;
  versionCode: string;
  coreType: string;
  coresPerSlot: string;
  slots: string;
  walltimeHours: string;
  useMpi: boolean;
  command: string;
  useRescaleLicense: boolean;
  licenseValues: Record<string, string>;
  envVars: EnvVarRow[];
  inputFiles: InputFileRef[];
  /** A cloned DOE job's variables, as the platform described them. */
  jobVariables: JobVariable[];
  /** Names of the variables the user chose to leave out of a copy, to say so on the form. */
  leftOutVariables: string[];
};

const TEXT_FIELDS = [
  'name',
  'analysisCode',
  'versionCode',
  'coreType',
  'coresPerSlot',
  'slots',
  'walltimeHours',
  'command',
] as const;

/*
 * Plain checks rather than a validation library: a stored draft is read in the browser,
 * where such a library would outweigh the form's own code. Only the form's own fields
 * are kept, so whatever else a stored value carries is dropped.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readStrings(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== 'string') return null;
    out[name] = text;
  }
  return out;
}

function readEnvVar(value: unknown): EnvVarRow | null {
  if (!isRecord(value) || typeof value.key !== 'string' || typeof value.value !== 'string') return null;
  return { key: value.key, value: value.value };
}

function readInputFile(value: unknown): InputFileRef | null {
  if (!isRecord(value)) return null;
  const { id, name, size } = value;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return null;
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) return null;
  return { id, name, size };
}

const VARIABLE_TYPES: ReadonlySet<string> = new Set(JOB_VARIABLE_TYPES);

function readJobVariable(value: unknown): JobVariable | null {
  if (!isRecord(value)) return null;
  const { name, variableType, displayOrder, valueGeneratorType, valueGeneratorSettings } = value;
  if (typeof name !== 'string' || typeof variableType !== 'string' || !VARIABLE_TYPES.has(variableType))
    return null;
  if (typeof displayOrder !== 'number' || typeof valueGeneratorType !== 'string') return null;
  if (!isRecord(valueGeneratorSettings)) return null;
  return {
    name,
    variableType: variableType as JobVariableType,
    displayOrder,
    valueGeneratorType,
    valueGeneratorSettings,
  };
}

function readList<T>(value: unknown, readOne: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const item of value) {
    const one = readOne(item);
    if (one === null) return null;
    out.push(one);
  }
  return out;
}

/** The form held in `value`, or null when it does not have the form's shape. */
export function readJobForm(value: unknown): JobForm | null {
  if (!isRecord(value)) return null;
  for (const field of TEXT_FIELDS) if (typeof value[field] !== 'string') return null;
  if (typeof value.useMpi !== 'boolean' || typeof value.useRescaleLicense !== 'boolean') return null;
  const licenseValues = readStrings(value.licenseValues);
  const envVars = readList(value.envVars, readEnvVar);
  const inputFiles = readList(value.inputFiles, readInputFile);
  // Drafts saved before copies carried variables have neither list.
  const jobVariables = readList(value.jobVariables ?? [], readJobVariable);
  const leftOutVariables = readList(value.leftOutVariables ?? [], (item) =>
    typeof item === 'string' ? item : null,
  );
  if (!licenseValues || !envVars || !inputFiles || !jobVariables || !leftOutVariables) return null;
  const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, value[field] as string])) as Pick<
    JobForm,
    (typeof TEXT_FIELDS)[number]
  >;
  return {
    ...text,
    useMpi: value.useMpi,
    useRescaleLicense: value.useRescaleLicense,
    licenseValues,
    envVars,
    inputFiles,
    jobVariables,
    leftOutVariables,
  };
}

/** Fields an error can be shown on; `form` is for messages that belong to no single field. */
export type JobFormField =
  | 'name'
  | 'analysis'
  | 'version'
  | 'coreType'
  | 'coresPerSlot'
  | 'slots'
  | 'walltime'
  | 'command'
  | 'license'
  | 'envVars'
  | 'inputFiles'
  | 'jobVariables'
  | 'form';

export type JobFormErrors = Partial<Record<JobFormField, string>>;

export function emptyJobForm(): JobForm {
  return {
    name: '',
    analysisCode: '',
    versionCode: '',
    coreType: '',
    coresPerSlot: '',
    slots: '1',
    walltimeHours: '',
    useMpi: false,
    command: '',
    useRescaleLicense: false,
    licenseValues: {},
    envVars: [],
    inputFiles: [],
    jobVariables: [],
    leftOutVariables: [],
  };
}
