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
  };
}
