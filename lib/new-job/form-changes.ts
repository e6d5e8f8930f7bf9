import type { AnalysisVersion } from '@/lib/rescale/types';
import {
  allowedCoreTypes,
  findAnalysis,
  findCoreType,
  findVersion,
  suggestedCommand,
  type Catalogue,
} from './catalogue';
import type { JobForm } from './form';

/**
 * What picking software, a version, hardware or MPI does to the rest of the form.
 * A command the user typed is never overwritten: it is replaced only while it is
 * still empty or exactly what the previous choice suggested.
 */

function currentVersion(form: JobForm, catalogue: Catalogue): AnalysisVersion | undefined {
  const analysis = findAnalysis(catalogue, form.analysisCode);
  return analysis ? findVersion(analysis, form.versionCode) : undefined;
}

function commandIsUntouched(form: JobForm, previous: AnalysisVersion | undefined): boolean {
  if (!form.command.trim()) return true;
  if (!previous) return false;
  return [previous.stdCommand, previous.mpiCommand, previous.smpCommand].includes(form.command);
}

function withVersion(form: JobForm, catalogue: Catalogue, next: AnalysisVersion | undefined): JobForm {
  const previous = currentVersion(form, catalogue);
  const command =
    next && commandIsUntouched(form, previous) ? suggestedCommand(next, form.useMpi) : form.command;
  const stillAllowed = next ? allowedCoreTypes(catalogue, next).some((c) => c.code === form.coreType) : true;
  const changed: JobForm = { ...form, versionCode: next?.versionCode ?? '', command };
  return stillAllowed ? changed : { ...changed, coreType: '', coresPerSlot: '' };
}

export function chooseAnalysis(form: JobForm, catalogue: Catalogue, code: string): JobForm {
  if (code === form.analysisCode) return form;
  const analysis = findAnalysis(catalogue, code);
  const switched = withVersion(form, catalogue, analysis?.versions[0]);
  return { ...switched, analysisCode: code, licenseValues: {}, useRescaleLicense: false };
}

export function chooseVersion(form: JobForm, catalogue: Catalogue, versionCode: string): JobForm {
  const analysis = findAnalysis(catalogue, form.analysisCode);
  const version = analysis ? findVersion(analysis, versionCode) : undefined;
  return withVersion(form, catalogue, version);
}

/** Picking hardware sets the cores per slot: the current count if it offers it, else its smallest. */
export function chooseCoreType(form: JobForm, catalogue: Catalogue, code: string): JobForm {
  const coreType = findCoreType(catalogue, code);
  if (!coreType) return { ...form, coreType: code };
  const current = Number(form.coresPerSlot);
  const cores = coreType.cores.includes(current) ? current : Math.min(...coreType.cores);
  return { ...form, coreType: code, coresPerSlot: Number.isFinite(cores) ? String(cores) : '' };
}

export function chooseMpi(form: JobForm, catalogue: Catalogue, useMpi: boolean): JobForm {
  const version = currentVersion(form, catalogue);
  if (!version || !commandIsUntouched(form, version)) return { ...form, useMpi };
  return { ...form, useMpi, command: suggestedCommand(version, useMpi) };
}
