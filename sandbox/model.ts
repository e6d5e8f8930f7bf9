/** The sandbox's records: what it stores, before it is rendered into API bodies. */
import type { GeneratedContent } from './content';
import type { Timeline } from './timeline';

export type UserRecord = {
  email: string;
  fullName: string;
  firstName: string;
  lastName: string;
  key: string;
  userCode: string;
  company: string;
};

export type HardwareSpec = {
  coreType: string;
  coresPerSlot: number;
  slots: number;
  walltime: number | null;
};

export type JobAnalysisSpec = {
  analysisCode: string;
  versionCode: string;
  command: string;
  useMpi: boolean;
  envVars: Record<string, string>;
  hardware: HardwareSpec;
  inputFileIds: string[];
  useRescaleLicense: boolean;
};

export type JobVariable = {
  displayOrder: number;
  name: string;
  valueGeneratorSettings: Record<string, unknown>;
  valueGeneratorType: string;
  variableType: string;
};

export type ResourceFilter = {
  caseSensitive: boolean;
  include: boolean;
  filterType: string;
  selector: string;
};

/** A DOE: the input values of every run, and how each output follows from them. */
export type DoePlan = {
  inputs: Array<{ name: string; values: number[] }>;
  outputs: Array<{ name: string; value: (inputs: number[], runIndex: number) => number }>;
};

/** Which family of output files a job's runs produce. */
export type OutputProfile = 'openfoam' | 'lsdyna' | 'abaqus' | 'starccm' | 'fluent' | 'custom';

export type Snapshot = { runIndex: number; at: number; token: string; fileIndex: number };

export type JobRecord = {
  serial: number;
  id: string;
  owner: UserRecord;
  name: string;
  dateInserted: number;
  sharedWith: string[];
  analyses: JobAnalysisSpec[];
  jobvariables: JobVariable[];
  resourceFilters: readonly ResourceFilter[];
  isLowPriority: boolean;
  runCount: number;
  doe: DoePlan | null;
  profile: OutputProfile;
  /** Null while the job is saved and never submitted. */
  timeline: Timeline | null;
  /** The execution window as planned at submission; a stop cuts it short. */
  plannedExecution: { start: number; end: number } | null;
  stopAt: number | null;
  runStops: Map<number, number>;
  snapshots: Snapshot[];
  storage: number;
  /** Solver iterations a run's main log records (sizes its text outputs). */
  iterations: number;
  /** Bumped on every change; cached renderings compare it. */
  version: number;
  deleted: boolean;
};

export type DiskContent = { kind: 'disk'; path: string; size: number; md5: string };
export type BigContent = { kind: 'big'; size: number; seed: number; md5: string };
export type FileContent = GeneratedContent | DiskContent | BigContent;

export type FileRecord = {
  id: string;
  name: string;
  typeId: number;
  dateUploaded: number;
  relativePath: string;
  path: string;
  owner: UserRecord;
  sharedWith: string[];
  encodedEncryptionKey: string;
  viewInBrowser: boolean;
  content: FileContent;
  /** Output files belong to a job; access follows the job's visibility. */
  jobId: string | null;
  runIndex: number | null;
  size?: number;
  md5?: string;
  deleted: boolean;
};
