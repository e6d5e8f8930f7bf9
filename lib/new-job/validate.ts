import type { CoreType, JobCreate } from '@/lib/rescale/types';
import { allowedCoreTypes, findAnalysis, findCoreType, findVersion, type Catalogue } from './catalogue';
import type { JobForm, JobFormErrors } from './form';
import { findPlaceholders } from './placeholders';

export type ValidationResult = { ok: true; body: JobCreate } | { ok: false; errors: JobFormErrors };

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function listCores(coreType: CoreType): string {
  const counts = coreType.cores.map(String);
  if (counts.length <= 1) return counts.join('');
  return `${counts.slice(0, -1).join(', ')} or ${counts.at(-1)}`;
}

/** A placeholder left in the command would reach the cluster as typed and fail there, after billing starts. */
function placeholderError(placeholders: string[]): string {
  const named = placeholders.join(', ');
  return placeholders.length === 1
    ? `Replace the placeholder ${named} in the command with your own value.`
    : `Replace the placeholders ${named} in the command with your own values.`;
}

/** Environment rows left entirely blank are ignored; any other row must have a valid, unique name. */
function checkEnvVars(form: JobForm): string | undefined {
  const seen = new Set<string>();
  for (const row of form.envVars) {
    const key = row.key.trim();
    if (!key && !row.value) continue;
    if (!key) return `Give the variable with value “${row.value}” a name.`;
    if (!ENV_NAME.test(key)) {
      return `“${key}” is not a valid variable name: use letters, digits and underscores, not starting with a digit.`;
    }
    if (seen.has(key)) return `${key} is set twice.`;
    seen.add(key);
  }
  return undefined;
}

/** Licence servers go in as variables, unless Rescale provides the licence. */
function envVarsOf(form: JobForm, rescaleLicense: boolean): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(form.licenseValues)) {
    if (value.trim() && !rescaleLicense) env[name] = value.trim();
  }
  for (const row of form.envVars) {
    if (row.key.trim()) env[row.key.trim()] = row.value;
  }
  return env;
}

/**
 * Everything the client can know is wrong before sending: the same rules the
 * platform applies to a new job, phrased for the person filling the form. The
 * platform's own answer still wins when it disagrees.
 */
export function validateJobForm(form: JobForm, catalogue: Catalogue): ValidationResult {
  const errors: JobFormErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'Give the job a name.';

  const analysis = form.analysisCode ? findAnalysis(catalogue, form.analysisCode) : undefined;
  if (!form.analysisCode) errors.analysis = 'Choose the software to run.';
  else if (!analysis)
    errors.analysis = `“${form.analysisCode}” is not software this platform offers. Choose one from the list.`;

  const version = analysis && form.versionCode ? findVersion(analysis, form.versionCode) : undefined;
  if (analysis && !form.versionCode) errors.version = `Choose a version of ${analysis.name}.`;
  else if (analysis && !version)
    errors.version = `${analysis.name} has no version “${form.versionCode}”. Choose one from the list.`;

  const coreType = form.coreType ? findCoreType(catalogue, form.coreType) : undefined;
  if (!form.coreType) errors.coreType = 'Choose the hardware to run on.';
  else if (!coreType) errors.coreType = `“${form.coreType}” is not hardware this platform offers.`;
  else if (
    analysis &&
    version &&
    !allowedCoreTypes(catalogue, version).some((c) => c.code === coreType.code)
  ) {
    errors.coreType = `${analysis.name} ${version.version} cannot run on ${coreType.name}. Choose one of the hardware types listed for it.`;
  }

  const coresPerSlot = parseWholeNumber(form.coresPerSlot);
  if (coreType && !errors.coreType && (coresPerSlot === null || !coreType.cores.includes(coresPerSlot))) {
    errors.coresPerSlot = `${coreType.name} offers ${listCores(coreType)} cores per slot.`;
  }

  const slots = parseWholeNumber(form.slots);
  if (slots === null || slots < 1) errors.slots = 'Slots must be a whole number, 1 or more.';

  const walltimeText = form.walltimeHours.trim();
  const walltime = walltimeText ? parseHours(walltimeText) : null;
  if (walltimeText && (walltime === null || walltime <= 0)) {
    errors.walltime = 'Walltime is a number of hours greater than 0, such as 2 or 1.5.';
  } else if (!walltimeText && coreType?.walltimeRequired) {
    errors.walltime = `${coreType.name} requires a maximum walltime, in hours.`;
  }

  const placeholders = findPlaceholders(form.command);
  if (!form.command.trim()) errors.command = 'Enter the command that runs the analysis.';
  else if (placeholders.length > 0) errors.command = placeholderError(placeholders);

  const envError = checkEnvVars(form);
  if (envError) errors.envVars = envError;

  if (
    Object.keys(errors).length > 0 ||
    !analysis ||
    !version ||
    !coreType ||
    coresPerSlot === null ||
    slots === null
  ) {
    return { ok: false, errors };
  }

  const rescaleLicense = analysis.hasRescaleLicense && form.useRescaleLicense;
  const hardware: JobCreate['jobanalyses'][number]['hardware'] = {
    coreType: coreType.code,
    coresPerSlot,
    slots,
  };
  if (walltime !== null) hardware.walltime = walltime;

  return {
    ok: true,
    body: {
      name,
      jobanalyses: [
        {
          analysis: { code: analysis.code, version: version.versionCode },
          command: form.command,
          useMpi: form.useMpi,
          envVars: envVarsOf(form, rescaleLicense),
          hardware,
          inputFiles: form.inputFiles.map((file) => ({ id: file.id })),
          useRescaleLicense: rescaleLicense,
        },
      ],
      ...(form.jobVariables.length > 0
        ? {
            jobvariables: form.jobVariables.map((variable) => ({
              ...variable,
              variableGeneratorType: variable.valueGeneratorType,
            })),
          }
        : {}),
    },
  };
}
