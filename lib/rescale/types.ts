/**
 * Shapes of the Rescale v2 API resources, as the reference documents them
 * (https://engineering.rescale.com/api-docs/). Field names are the platform's own; do not
 * rename them here: a shape the UI needs is reshaped once, by a function in the room that
 * uses it (e.g. `latestStatusEntry`), not cast at each use.
 */

export type Paginated<T> = {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
};

export type User = {
  email: string;
  fullName: string;
  [extra: string]: unknown;
};

export type StatusDisplay = {
  content: string;
  labelClass: string;
  useLabel: boolean;
};

export type JobSummary = {
  id: string;
  name: string;
  owner: string;
  analysisNames: string[];
  jobStatus: StatusDisplay;
  clusterStatusDisplay: StatusDisplay;
  dateInserted: string;
  isVisible: boolean;
  sharedWith: string[];
  storage: number;
};

export type RescaleFile = {
  id: string;
  name: string;
  typeId: number;
  dateUploaded: string;
  relativePath: string;
  downloadUrl: string;
  decryptedSize: number;
  owner: string;
  sharedWith: string[];
  isUploaded: boolean;
  isDeleted: boolean;
  viewInBrowser: boolean;
  md5?: string;
  path?: string;
  encodedEncryptionKey?: string;
};

/** File type ids (`typeId`), from the file metadata reference. */
export const FILE_TYPE = {
  input: 1,
  template: 2,
  parameter: 3,
  script: 4,
  output: 5,
  designVariable: 7,
  case: 8,
  optimizer: 9,
  temporary: 10,
} as const;

export type CoreSummary = {
  memoryPerNode: number;
  numberOfNodes: number;
  storagePerNode: number;
};

export type Hardware = {
  coreType: string;
  coresPerSlot: number;
  slots?: number;
  walltime?: number | null;
  coreSummary?: CoreSummary;
};

export type JobAnalysisRef = {
  code: string;
  version?: string;
  name?: string;
  versionName?: string;
};

export type TemplateTask = {
  processedFilename: string;
  templateFile: RescaleFile;
};

export type JobAnalysis = {
  analysis: JobAnalysisRef;
  command: string;
  useMpi?: boolean;
  envVars: Record<string, string>;
  flags: Record<string, unknown>;
  hardware: Hardware;
  inputFiles: RescaleFile[];
  useRescaleLicense: boolean;
  templateTasks: TemplateTask[];
  preProcessScript: RescaleFile | null;
  preProcessScriptCommand: string;
  postProcessScript: RescaleFile | null;
  postProcessScriptCommand: string;
};

export type JobVariableType = 'Param' | 'Design' | 'Output' | 'Case' | 'Constraint' | 'Objective';

export type JobVariable = {
  name: string;
  variableType: JobVariableType;
  displayOrder: number;
  valueGeneratorType: string;
  valueGeneratorSettings: Record<string, unknown>;
};

export type Job = {
  id: string;
  name: string;
  owner: string;
  archiveFilters: string[];
  caseFile: RescaleFile | null;
  paramFile: RescaleFile | null;
  expectedRuns: number | null;
  includeNominalRun: boolean;
  isLowPriority: boolean;
  isTemplateDryRun: boolean;
  jobanalyses: JobAnalysis[];
  jobvariables: JobVariable[];
  monteCarloIterations: number | null;
  optimizer: unknown;
  remoteVizConfig: unknown;
  resourceFilters: unknown[];
};

/** Body of `POST jobs/`: what a client sends to create a job. */
export type JobCreate = {
  name: string;
  jobanalyses: Array<{
    analysis: { code: string; version?: string };
    command: string;
    useMpi?: boolean;
    envVars?: Record<string, string>;
    hardware: { coreType: string; coresPerSlot: number; slots?: number; walltime?: number };
    inputFiles?: Array<{ id: string }>;
    useRescaleLicense?: boolean;
  }>;
  jobvariables?: JobVariableInput[];
  isLowPriority?: boolean;
};

/**
 * A variable as `POST jobs/` documents it: the generator is named `variableGeneratorType`
 * there, while job details name it `valueGeneratorType`; both are sent.
 */
export type JobVariableInput = JobVariable & { variableGeneratorType: string };

export type StatusEntry = {
  status: string;
  statusDate: string;
  statusReason: string | null;
};

export type RunVariable = {
  name: string;
  value: number | null;
  displayValue: string;
  isRelative: boolean;
};

export type Run = {
  id: string;
  displayOrder: number;
  dateStarted: string | null;
  dateCompleted: string | null;
  isOptimal: boolean;
  outputFileCount: number;
  outputFileSize: number;
  parent: string | null;
  /** 1 = Optimization, 2 = Iteration, 3 = Case */
  type: number;
  variables: RunVariable[];
};

export type DirectoryEntry = {
  path: string;
  resource: string;
};

export type TailLines = {
  fileType: string;
  lines: string[];
};

export type FileLines = {
  lines: string[];
};

export type Snapshot = {
  data: string;
  exitcode: number;
  lastSnapshotID: string | null;
  reason: string;
};

export type ShareResult = {
  recipient: string;
  supportDesk: unknown;
};

export type CoreType = {
  code: string;
  name: string;
  description: string;
  compute: string;
  price: number;
  lowPriorityPrice: string;
  memory: number;
  storage: number;
  cores: number[];
  hasSsd: boolean;
  io: string;
  storageIo: string;
  processorInfo: string;
  displayOrder: number | null;
  isDeprecated: boolean;
  isPrimary: boolean;
  remoteVizAllowed: boolean;
  walltimeRequired: boolean;
};

export type AnalysisVersion = {
  version: string;
  versionCode: string;
  allowedCoreTypes: string[];
  stdCommand: string | null;
  mpiCommand: string | null;
  smpCommand: string | null;
  eula: string | null;
};

export type LicenseSetting = {
  name: string;
  label: string;
  helpText: string;
  licenseType: string;
  isServer: boolean;
};

export type Analysis = {
  code: string;
  name: string;
  description: string;
  vendorName: string;
  pricing: string;
  versions: AnalysisVersion[];
  industries: Array<{ name: string; icon: string | null }>;
  supportDesks: Array<{ code: string; displayName: string; email: string }>;
  hasRescaleLicense: boolean;
  hasShortTermLicense: boolean;
  licenseSettings: LicenseSetting[];
  optimizerType: unknown;
  thumbnail: string | null;
  resources: Array<{ url: string; name: string }>;
};
