import type { Analysis, AnalysisVersion, CoreType } from '@/lib/rescale/types';

/** The platform's software and hardware, as the form needs them. */
export type Catalogue = {
  analyses: readonly Analysis[];
  coreTypes: readonly CoreType[];
};

export function findAnalysis(catalogue: Catalogue, code: string): Analysis | undefined {
  return catalogue.analyses.find((analysis) => analysis.code === code);
}

/** Jobs name a version by its code; older bodies carry the display version, so both match. */
export function findVersion(analysis: Analysis, version: string): AnalysisVersion | undefined {
  return (
    analysis.versions.find((v) => v.versionCode === version) ??
    analysis.versions.find((v) => v.version === version)
  );
}

export function findCoreType(catalogue: Catalogue, code: string): CoreType | undefined {
  return catalogue.coreTypes.find((coreType) => coreType.code === code);
}

/** The core types a version may run on, in the platform's display order, deprecated ones left out. */
export function allowedCoreTypes(catalogue: Catalogue, version: AnalysisVersion): CoreType[] {
  const allowed = new Set(version.allowedCoreTypes);
  return catalogue.coreTypes
    .filter((coreType) => allowed.has(coreType.code) && !coreType.isDeprecated)
    .sort(
      (a, b) => (a.displayOrder ?? Number.MAX_SAFE_INTEGER) - (b.displayOrder ?? Number.MAX_SAFE_INTEGER),
    );
}

/** Case-insensitive match on name, code and vendor; an empty query matches everything. */
export function searchAnalyses(analyses: readonly Analysis[], query: string): Analysis[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...analyses];
  return analyses.filter((analysis) =>
    [analysis.name, analysis.code, analysis.vendorName].some((text) => text?.toLowerCase().includes(needle)),
  );
}

/** The command a version suggests: its MPI form when asked and offered, else the standard one. */
export function suggestedCommand(version: AnalysisVersion, useMpi: boolean): string {
  if (useMpi && version.mpiCommand) return version.mpiCommand;
  return version.stdCommand ?? version.mpiCommand ?? '';
}
