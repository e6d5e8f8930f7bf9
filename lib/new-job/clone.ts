import type { Job } from '@/lib/rescale/types';
import { findAnalysis, findVersion, type Catalogue } from './catalogue';
import type { JobForm } from './form';

/**
 * The form for a copy of `job`: its first analysis, hardware, command, variables and
 * input files. Variables that answer the software's licence settings go back to the
 * licence fields; the rest stay as rows.
 */
export function jobToForm(job: Job, catalogue: Catalogue, { copy = true }: { copy?: boolean } = {}): JobForm {
  const jobAnalysis = job.jobanalyses[0];
  const analysis = jobAnalysis ? findAnalysis(catalogue, jobAnalysis.analysis.code) : undefined;
  const version =
    analysis && jobAnalysis?.analysis.version
      ? findVersion(analysis, jobAnalysis.analysis.version)
      : undefined;
  const licenseNames = new Set(analysis?.licenseSettings.map((setting) => setting.name) ?? []);

  const licenseValues: Record<string, string> = {};
  const envVars: JobForm['envVars'] = [];
  for (const [key, value] of Object.entries(jobAnalysis?.envVars ?? {})) {
    if (licenseNames.has(key)) licenseValues[key] = value;
    else envVars.push({ key, value });
  }

  const hardware = jobAnalysis?.hardware;
  return {
    name: copy ? `${job.name} (copy)` : job.name,
    analysisCode: jobAnalysis?.analysis.code ?? '',
    versionCode: version?.versionCode ?? jobAnalysis?.analysis.version ?? '',
    coreType: hardware?.coreType ?? '',
    coresPerSlot: hardware ? String(hardware.coresPerSlot) : '',
    slots: String(hardware?.slots ?? 1),
    walltimeHours: hardware?.walltime == null ? '' : String(hardware.walltime),
    useMpi: jobAnalysis?.useMpi ?? false,
    command: jobAnalysis?.command ?? '',
    useRescaleLicense: jobAnalysis?.useRescaleLicense ?? false,
    licenseValues,
    envVars,
    inputFiles: (jobAnalysis?.inputFiles ?? []).map((file) => ({
      id: file.id,
      name: file.name,
      size: file.decryptedSize ?? 0,
    })),
    jobVariables: job.jobvariables.filter((variable) => variable.name),
    leftOutVariables: [],
  };
}
