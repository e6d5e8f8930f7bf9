/** API bodies, with the reference's field names, from the sandbox's records. */
import { ANALYSES_BY_CODE, CORE_TYPES_BY_CODE } from './catalog';
import { isoDate } from './clock';
import type { FileRecord, JobAnalysisSpec, JobRecord, UserRecord } from './model';
import type { RunState } from './runs';
import type { Store } from './store';
import { currentEvent, endTime } from './timeline';

export type RenderContext = { store: Store; now: number; publicUrl: string };

const statusDisplay = (content: string) => ({ content, labelClass: '', useLabel: false });

export function renderUser(user: UserRecord) {
  return {
    email: user.email,
    fullName: user.fullName,
    firstName: user.firstName,
    lastName: user.lastName,
    company: { name: user.company },
    isStaff: false,
  };
}

/** Summaries of jobs that can no longer change are rendered once per job version. */
const summaryCache = new WeakMap<JobRecord, { version: number; json: string }>();

/** Whether a job's status and cluster status can no longer change without a request. */
function isSettled(job: JobRecord, now: number): boolean {
  if (!job.timeline) return true;
  const jobEnd = endTime(job.timeline);
  const clusterEnd = job.timeline.cluster[job.timeline.cluster.length - 1]?.at ?? 0;
  return jobEnd !== null && jobEnd <= now && clusterEnd <= now;
}

export function renderJobSummary(ctx: RenderContext, job: JobRecord): string {
  const settled = isSettled(job, ctx.now);
  if (settled) {
    const cached = summaryCache.get(job);
    if (cached && cached.version === job.version) return cached.json;
  }
  const jobEvent = job.timeline ? currentEvent(job.timeline.job, ctx.now) : null;
  const clusterEvent = job.timeline ? currentEvent(job.timeline.cluster, ctx.now) : null;
  const json = JSON.stringify({
    analysisNames: job.analyses.map((a) => ANALYSES_BY_CODE.get(a.analysisCode)?.name ?? a.analysisCode),
    clusterStatusDisplay: statusDisplay(clusterEvent?.status ?? ''),
    dateInserted: isoDate(job.dateInserted),
    id: job.id,
    isVisible: true,
    jobStatus: statusDisplay(jobEvent?.status ?? ''),
    name: job.name,
    owner: job.owner.email,
    sharedWith: job.sharedWith,
    storage: job.storage,
  });
  if (settled) summaryCache.set(job, { version: job.version, json });
  return json;
}

export function fileObject(ctx: RenderContext, file: FileRecord) {
  const { size, md5 } = ctx.store.digest(file);
  return {
    typeId: file.typeId,
    name: file.name,
    dateUploaded: isoDate(file.dateUploaded),
    relativePath: file.relativePath,
    encodedEncryptionKey: file.encodedEncryptionKey,
    downloadUrl: `${ctx.publicUrl}/api/v2/files/${file.id}/contents/`,
    sharedWith: file.sharedWith,
    decryptedSize: size,
    owner: file.owner.email,
    path: file.path,
    isUploaded: true,
    viewInBrowser: file.viewInBrowser,
    id: file.id,
    isDeleted: false,
    md5,
  };
}

function coreSummary(analysis: JobAnalysisSpec) {
  const type = CORE_TYPES_BY_CODE.get(analysis.hardware.coreType);
  const perNode = Math.max(...(type?.cores ?? [1]));
  const cores = analysis.hardware.coresPerSlot * analysis.hardware.slots;
  const nodes = Math.max(1, Math.ceil(cores / perNode));
  const coresPerNode = Math.min(cores, perNode);
  return {
    memoryPerNode: (type?.memory ?? 0) * coresPerNode,
    numberOfNodes: nodes,
    storagePerNode: (type?.storage ?? 0) * 100 * coresPerNode,
  };
}

function renderJobAnalysis(ctx: RenderContext, analysis: JobAnalysisSpec) {
  const catalogue = ANALYSES_BY_CODE.get(analysis.analysisCode);
  const version = catalogue?.versions.find((v) => v.versionCode === analysis.versionCode);
  return {
    analysis: {
      code: analysis.analysisCode,
      name: catalogue?.name ?? analysis.analysisCode,
      version: analysis.versionCode,
      versionName: version?.version ?? '',
    },
    command: analysis.command,
    envVars: analysis.envVars,
    flags: {},
    hardware: {
      coreSummary: coreSummary(analysis),
      coreType: analysis.hardware.coreType,
      coresPerSlot: analysis.hardware.coresPerSlot,
      slots: analysis.hardware.slots,
      walltime: analysis.hardware.walltime,
    },
    inputFiles: analysis.inputFileIds
      .map((id) => ctx.store.findFile(id, ctx.now))
      .filter((file): file is FileRecord => file !== undefined)
      .map((file) => fileObject(ctx, file)),
    postProcessScript: null,
    postProcessScriptCommand: '',
    preProcessScript: null,
    preProcessScriptCommand: '',
    templateTasks: [],
    useMpi: analysis.useMpi,
    useRescaleLicense: analysis.useRescaleLicense,
  };
}

export function renderJob(ctx: RenderContext, job: JobRecord) {
  return {
    archiveFilters: [],
    caseFile: null,
    expectedRuns: job.doe ? job.runCount : null,
    id: job.id,
    includeNominalRun: false,
    isLowPriority: job.isLowPriority,
    isTemplateDryRun: false,
    jobanalyses: job.analyses.map((analysis) => renderJobAnalysis(ctx, analysis)),
    jobvariables: job.jobvariables,
    monteCarloIterations: null,
    name: job.name,
    optimizer: null,
    owner: job.owner.email,
    paramFile: null,
    remoteVizConfig: null,
    resourceFilters: job.resourceFilters,
  };
}

function displayValue(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export function renderRun(ctx: RenderContext, job: JobRecord, run: RunState) {
  const completed = run.dateCompleted !== null;
  const files = completed ? ctx.store.runOutputFiles(job, run, ctx.now) : [];
  const variables = job.doe
    ? [
        ...job.doe.inputs.map((input) => {
          const value = input.values[run.index] ?? 0;
          return { displayValue: displayValue(value), isRelative: false, name: input.name, value };
        }),
        ...job.doe.outputs.map((output) => {
          if (!completed) return { displayValue: '', isRelative: false, name: output.name, value: null };
          const value = output.value(
            job.doe!.inputs.map((input) => input.values[run.index] ?? 0),
            run.index,
          );
          return { displayValue: displayValue(value), isRelative: false, name: output.name, value };
        }),
      ]
    : [];
  return {
    dateCompleted: run.dateCompleted === null ? null : isoDate(run.dateCompleted),
    dateStarted: run.dateStarted === null ? null : isoDate(run.dateStarted),
    displayOrder: run.index + 1,
    id: String(run.index + 1),
    isOptimal: false,
    outputFileCount: files.length,
    outputFileSize: completed ? files.reduce((sum, file) => sum + ctx.store.size(file), 0) : null,
    parent: null,
    type: 3,
    variables,
  };
}
