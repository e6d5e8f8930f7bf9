import { z } from 'zod';

/**
 * What the new-job form holds, exactly as typed. Numbers stay strings so a draft
 * restores "1.5" or "" as the user left it; `validateJobForm` turns them into a
 * request body.
 */
export const inputFileSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  size: z.number().nonnegative(),
});

export const envVarRowSchema = z.object({
  key: z.string(),
  value: z.string(),
});

/** A DOE variable carried over from a cloned job, as the platform described it. */
export const jobVariableSchema = z.object({
  name: z.string(),
  variableType: z.enum(['Param', 'Design', 'Output', 'Case', 'Constraint', 'Objective']),
  displayOrder: z.number(),
  valueGeneratorType: z.string(),
  valueGeneratorSettings: z.record(z.string(), z.unknown()),
});

export const jobFormSchema = z.object({
  name: z.string(),
  analysisCode: z.string(),
  versionCode: z.string(),
  coreType: z.string(),
  coresPerSlot: z.string(),
  slots: z.string(),
  walltimeHours: z.string(),
  useMpi: z.boolean(),
  command: z.string(),
  useRescaleLicense: z.boolean(),
  licenseValues: z.record(z.string(), z.string()),
  envVars: z.array(envVarRowSchema),
  inputFiles: z.array(inputFileSchema),
  jobVariables: z.array(jobVariableSchema).default([]),
  /** Names of the variables the user chose to leave out of a copy, to say so on the form. */
  leftOutVariables: z.array(z.string()).default([]),
});

export type InputFileRef = z.infer<typeof inputFileSchema>;
export type EnvVarRow = z.infer<typeof envVarRowSchema>;
export type JobForm = z.infer<typeof jobFormSchema>;

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
