/**
 * Validation of job bodies (`POST jobs/`, `PUT`/`PATCH jobs/{id}/`), with DRF's
 * field-keyed error shape: nested objects nest, list items answer one entry each.
 */
import { ANALYSES_BY_CODE, CORE_TYPES_BY_CODE, findVersion } from './catalog';
import { type Errors, REQUIRED, isObject } from './drf-fields';
import { DEFAULT_RESOURCE_FILTERS, validateResourceFilters, validateVariables } from './job-variables';
import type { JobAnalysisSpec, JobVariable, ResourceFilter, UserRecord } from './model';
import type { Store } from './store';

export type JobInput = {
  name?: string;
  analyses?: JobAnalysisSpec[];
  jobvariables?: JobVariable[];
  resourceFilters?: readonly ResourceFilter[];
  isLowPriority?: boolean;
};

/** "1, 2, 4 or 8". */
function spokenList(values: readonly number[]): string {
  return values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function validateName(value: unknown, errors: Errors): string | undefined {
  if (value === undefined || value === null) {
    errors.name = REQUIRED;
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.name = ['Not a valid string.'];
    return undefined;
  }
  if (value.trim() === '') {
    errors.name = ['This field may not be blank.'];
    return undefined;
  }
  if (value.length > 200) {
    errors.name = ['Ensure this field has no more than 200 characters.'];
    return undefined;
  }
  return value.trim();
}

function validateAnalysis(
  item: unknown,
  user: UserRecord,
  store: Store,
  now: number,
): { spec?: JobAnalysisSpec; errors: Errors } {
  const errors: Errors = {};
  if (!isObject(item)) return { errors: { non_field_errors: ['Invalid data. Expected a dictionary.'] } };
  const analysisRef = item.analysis;
  let analysisCode: string | undefined;
  let versionCode: string | undefined;
  let allowed: string[] = [];
  let label = '';
  if (!isObject(analysisRef)) {
    errors.analysis =
      analysisRef === undefined ? REQUIRED : { non_field_errors: ['Invalid data. Expected a dictionary.'] };
  } else if (typeof analysisRef.code !== 'string' || analysisRef.code === '') {
    errors.analysis = { code: REQUIRED };
  } else {
    const analysis = ANALYSES_BY_CODE.get(analysisRef.code);
    if (!analysis) {
      errors.analysis = { code: [`Unknown analysis code "${analysisRef.code}".`] };
    } else {
      const requested = typeof analysisRef.version === 'string' ? analysisRef.version : undefined;
      const version = findVersion(analysis, requested);
      if (!version) {
        errors.analysis = { version: [`${analysis.name} has no version "${requested}".`] };
      } else {
        analysisCode = analysis.code;
        versionCode = version.versionCode;
        allowed = version.allowedCoreTypes;
        label = `${analysis.name} ${version.version}`;
      }
    }
  }
  if (typeof item.command !== 'string')
    errors.command = item.command === undefined ? REQUIRED : ['Not a valid string.'];
  const hardware = item.hardware;
  let hardwareSpec: JobAnalysisSpec['hardware'] | undefined;
  if (!isObject(hardware)) {
    errors.hardware =
      hardware === undefined ? REQUIRED : { non_field_errors: ['Invalid data. Expected a dictionary.'] };
  } else {
    const hardwareErrors: Errors = {};
    const coreType = hardware.coreType;
    const type = typeof coreType === 'string' ? CORE_TYPES_BY_CODE.get(coreType) : undefined;
    if (typeof coreType !== 'string' || coreType === '') hardwareErrors.coreType = REQUIRED;
    else if (!type) hardwareErrors.coreType = [`Unknown core type "${coreType}".`];
    else if (type.isDeprecated)
      hardwareErrors.coreType = [`Core type "${coreType}" is deprecated and cannot be used to submit jobs.`];
    else if (analysisCode && !allowed.includes(coreType))
      hardwareErrors.coreType = [`Core type "${coreType}" is not allowed for ${label}.`];
    const cores = hardware.coresPerSlot;
    if (cores === undefined) hardwareErrors.coresPerSlot = REQUIRED;
    else if (typeof cores !== 'number' || !Number.isInteger(cores))
      hardwareErrors.coresPerSlot = ['A valid integer is required.'];
    else if (cores < 1) hardwareErrors.coresPerSlot = ['Ensure this value is greater than or equal to 1.'];
    else if (type && !type.cores.includes(cores))
      hardwareErrors.coresPerSlot = [
        `Core type "${type.code}" does not offer ${cores} cores per slot: choose ${spokenList(type.cores)}.`,
      ];
    const slots = hardware.slots ?? 1;
    if (typeof slots !== 'number' || !Number.isInteger(slots) || slots < 1)
      hardwareErrors.slots = ['Ensure this value is greater than or equal to 1.'];
    const walltime = hardware.walltime ?? null;
    if (walltime !== null && (typeof walltime !== 'number' || walltime <= 0))
      hardwareErrors.walltime = ['Ensure this value is greater than 0.'];
    if (type?.walltimeRequired && walltime === null)
      hardwareErrors.walltime = [`Core type "${type.code}" requires a maximum walltime.`];
    if (Object.keys(hardwareErrors).length > 0) errors.hardware = hardwareErrors;
    else
      hardwareSpec = {
        coreType: coreType as string,
        coresPerSlot: cores as number,
        slots: slots as number,
        walltime: walltime as number | null,
      };
  }
  const inputFileIds: string[] = [];
  if (item.inputFiles !== undefined && item.inputFiles !== null) {
    if (!Array.isArray(item.inputFiles)) errors.inputFiles = ['Expected a list of items.'];
    else {
      const fileErrors = item.inputFiles.map((entry) => {
        const id = isObject(entry) ? entry.id : undefined;
        if (typeof id !== 'string') return { id: REQUIRED };
        const file = store.findFile(id, now);
        if (!file || !store.canSeeFile(user, file)) return { id: [`File "${id}" does not exist.`] };
        inputFileIds.push(id);
        return {};
      });
      if (fileErrors.some((e) => Object.keys(e).length > 0)) errors.inputFiles = fileErrors;
    }
  }
  const envVars = isObject(item.envVars)
    ? Object.fromEntries(Object.entries(item.envVars).map(([k, v]) => [k, String(v)]))
    : {};
  if (Object.keys(errors).length > 0 || !analysisCode || !versionCode || !hardwareSpec) return { errors };
  return {
    errors,
    spec: {
      analysisCode,
      versionCode,
      command: item.command as string,
      useMpi: item.useMpi === true,
      envVars,
      hardware: hardwareSpec,
      inputFileIds,
      useRescaleLicense: item.useRescaleLicense === true,
    },
  };
}

function validateAnalyses(
  value: unknown,
  user: UserRecord,
  store: Store,
  now: number,
  errors: Errors,
): JobAnalysisSpec[] | undefined {
  if (value === undefined || value === null) {
    errors.jobanalyses = REQUIRED;
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.jobanalyses = ['Expected a list of items but got type "' + typeof value + '".'];
    return undefined;
  }
  if (value.length === 0) {
    errors.jobanalyses = ['A job needs at least one analysis.'];
    return undefined;
  }
  const results = value.map((item) => validateAnalysis(item, user, store, now));
  if (results.some((r) => Object.keys(r.errors).length > 0)) {
    errors.jobanalyses = results.map((r) => r.errors);
    return undefined;
  }
  return results.map((r) => r.spec!);
}

/** `partial` is PATCH: absent fields are left alone. */
export function validateJobInput(
  body: Record<string, unknown>,
  partial: boolean,
  user: UserRecord,
  store: Store,
  now: number,
): { input: JobInput } | { errors: Errors } {
  const errors: Errors = {};
  const input: JobInput = {};
  if (!partial || 'name' in body) input.name = validateName(body.name, errors);
  if (!partial || 'jobanalyses' in body)
    input.analyses = validateAnalyses(body.jobanalyses, user, store, now, errors);
  if ('jobvariables' in body && body.jobvariables !== null) {
    const checked = validateVariables(body.jobvariables);
    if ('errors' in checked) errors.jobvariables = checked.errors;
    else input.jobvariables = checked.value;
  }
  // A PUT without filters gets the defaults back, as a DRF field with a default does.
  if ('resourceFilters' in body && body.resourceFilters !== null) {
    const checked = validateResourceFilters(body.resourceFilters);
    if ('errors' in checked) errors.resourceFilters = checked.errors;
    else input.resourceFilters = checked.value;
  } else if (!partial) input.resourceFilters = DEFAULT_RESOURCE_FILTERS;
  if ('isLowPriority' in body) {
    if (typeof body.isLowPriority !== 'boolean') errors.isLowPriority = ['Must be a valid boolean.'];
    else input.isLowPriority = body.isLowPriority;
  }
  return Object.keys(errors).length > 0 ? { errors } : { input };
}
