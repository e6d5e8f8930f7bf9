/**
 * The seeded jobs: deterministic from the seed, dated relative to the clock's start.
 * Fixtures with fixed ids come first; the rest is a plausible mix of software,
 * hardware and outcomes in which every job and cluster status occurs.
 */
import { ANALYSES_BY_CODE, CORE_TYPES_BY_CODE } from './catalog';
import { DEFAULT_RESOURCE_FILTERS } from './job-variables';
import type { DoePlan, JobAnalysisSpec, JobRecord, JobVariable, OutputProfile, UserRecord } from './model';
import { type Rng, intBetween, pick, randomId, rngFor } from './random';
import {
  COMPLETED_OK,
  DEFAULT_PHASES,
  type Ending,
  type Phases,
  type Timeline,
  USER_TERMINATED,
  lifeCycle,
} from './timeline';
import { SEED_USERS } from './users';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Software = { code: string; profile: OutputProfile; command: string; coreTypes: string[] };

const SOFTWARE: Record<string, Software> = {
  openfoam: {
    code: 'openfoam',
    profile: 'openfoam',
    command: './airFoil2D/Allrun',
    coreTypes: ['standard-plus', 'hpc-plus', 'hpc-3'],
  },
  abaqus: {
    code: 'abaqus',
    profile: 'abaqus',
    command: 'abaqus job=bracket cpus=8 mp_mode=mpi interactive',
    coreTypes: ['hpc-plus', 'hi-mem', 'standard-plus'],
  },
  ls_dyna: {
    code: 'ls_dyna',
    profile: 'lsdyna',
    command: 'ls-dyna -i main.k -np 32',
    coreTypes: ['hpc-3', 'hpc-plus', 'c5-compute'],
  },
  star_ccm_plus: {
    code: 'star_ccm_plus',
    profile: 'starccm',
    command: 'starccm+ -np 16 -batch run model.sim',
    coreTypes: ['hpc-3', 'hi-mem-hpc'],
  },
  ansys_fluent: {
    code: 'ansys_fluent',
    profile: 'fluent',
    command: 'fluent 3ddp -g -t16 -mpi=intel -i run.jou',
    coreTypes: ['hpc-plus', 'hpc-3'],
  },
  user_included: {
    code: 'user_included',
    profile: 'custom',
    command: './run.sh',
    coreTypes: ['standard-plus', 'lo-mem'],
  },
};

const SUBJECTS: Array<[subject: string, software: string[]]> = [
  ['Airfoil', ['openfoam', 'star_ccm_plus', 'ansys_fluent']],
  ['Wing', ['openfoam', 'star_ccm_plus']],
  ['Intake manifold', ['ansys_fluent', 'openfoam']],
  ['Heat exchanger', ['ansys_fluent', 'star_ccm_plus']],
  ['Pump impeller', ['star_ccm_plus', 'ansys_fluent']],
  ['Nozzle', ['openfoam', 'ansys_fluent']],
  ['Bracket', ['abaqus']],
  ['Turbine blade', ['abaqus', 'ansys_fluent']],
  ['Battery pack', ['abaqus', 'user_included']],
  ['Chassis rail', ['ls_dyna', 'abaqus']],
  ['Crash box', ['ls_dyna']],
  ['Bumper beam', ['ls_dyna']],
  ['Drop test', ['ls_dyna', 'abaqus']],
  ['Monte Carlo', ['user_included']],
  ['Post-processing', ['user_included']],
];

const STUDIES = [
  'mesh study',
  'baseline',
  'DOE sweep',
  'stress analysis',
  'modal analysis',
  'transient',
  'steady state',
  'fatigue check',
  'validation',
  'optimisation',
  'refined mesh',
  'parameter study',
];

const FAILURE_ENDINGS: Ending[] = [
  { status: 'Completed', reason: 'A run failed' },
  { status: 'Completed', reason: USER_TERMINATED },
  { status: 'Completed', reason: 'Exceeded max number of restarts' },
  { status: 'Failed', reason: 'Cluster failed to start: insufficient capacity for the requested core type' },
  {
    status: 'Failed',
    reason: 'License checkout failed: no license server reachable at the configured address',
  },
  { status: 'Stopped', reason: 'Stopped by the job owner' },
  { status: 'Force Stopped', reason: 'Force stopped by an administrator' },
  { status: 'Terminated', reason: 'Exceeded the maximum walltime' },
];

export type SeedContext = { seed: string; now: number; nextSerial: () => number; takenIds: Set<string> };

function uniqueId(ctx: SeedContext, rng: Rng): string {
  for (;;) {
    const id = randomId(rng, 6);
    if (!ctx.takenIds.has(id)) {
      ctx.takenIds.add(id);
      return id;
    }
  }
}

export function analysisSpec(
  software: Software,
  coreType: string,
  coresPerSlot: number,
  inputFileIds: string[] = [],
): JobAnalysisSpec {
  const analysis = ANALYSES_BY_CODE.get(software.code)!;
  const version =
    analysis.versions.find((v) => v.allowedCoreTypes.includes(coreType)) ?? analysis.versions[0]!;
  return {
    analysisCode: software.code,
    versionCode: version.versionCode,
    command: software.command,
    useMpi: coresPerSlot > 1,
    envVars: {},
    hardware: { coreType, coresPerSlot, slots: 1, walltime: null },
    inputFileIds,
    useRescaleLicense: analysis.hasRescaleLicense,
  };
}

type JobInput = {
  id?: string;
  owner: UserRecord;
  name: string;
  dateInserted: number;
  software: Software;
  coreType?: string;
  cores?: number;
  runCount?: number;
  doe?: DoePlan | null;
  timeline: Timeline | null;
  sharedWith?: string[];
  iterations?: number;
  storage?: number;
};

function job(ctx: SeedContext, rng: Rng, input: JobInput): JobRecord {
  const coreType = input.coreType ?? pick(rng, input.software.coreTypes);
  const cores = input.cores ?? pick(rng, CORE_TYPES_BY_CODE.get(coreType)!.cores);
  const id = input.id ?? uniqueId(ctx, rng);
  ctx.takenIds.add(id);
  const doe = input.doe ?? null;
  const execution = input.timeline ? executingWindowOf(input.timeline) : null;
  return {
    serial: ctx.nextSerial(),
    id,
    owner: input.owner,
    name: input.name,
    dateInserted: input.dateInserted,
    sharedWith: input.sharedWith ?? [],
    analyses: [analysisSpec(input.software, coreType, cores)],
    jobvariables: doe ? doeVariables(doe) : [],
    resourceFilters: DEFAULT_RESOURCE_FILTERS,
    isLowPriority: rng() < 0.15,
    runCount: input.runCount ?? (doe ? doe.inputs[0]!.values.length : 1),
    doe,
    profile: input.software.profile,
    timeline: input.timeline,
    plannedExecution: execution,
    stopAt: null,
    runStops: new Map(),
    snapshots: [],
    storage: input.storage ?? (input.timeline ? intBetween(rng, 2_000_000, 4_000_000_000) : 0),
    iterations: input.iterations ?? intBetween(rng, 200, 1500),
    version: 0,
    deleted: false,
  };
}

function executingWindowOf(timeline: Timeline): { start: number; end: number } | null {
  const index = timeline.job.findIndex((event) => event.status === 'Executing');
  if (index < 0) return null;
  const next = timeline.job[index + 1];
  return { start: timeline.job[index]!.at, end: next ? next.at : Number.POSITIVE_INFINITY };
}

export function doeVariables(doe: DoePlan): JobVariable[] {
  return [
    ...doe.inputs.map((v, i) => ({
      displayOrder: i,
      name: v.name,
      valueGeneratorSettings: {},
      valueGeneratorType: '',
      variableType: 'Param',
    })),
    ...doe.outputs.map((v, i) => ({
      displayOrder: doe.inputs.length + i,
      name: v.name,
      valueGeneratorSettings: {},
      valueGeneratorType: '',
      variableType: 'Output',
    })),
  ];
}

/** x_velocity 20..31 × y_velocity 0..4.5: 120 runs, with drag and lift that respond to both. */
function airfoilDoe(seed: string): DoePlan {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let x = 0; x < 12; x++)
    for (let y = 0; y < 10; y++) {
      xs.push(20 + x);
      ys.push(y * 0.5);
    }
  const noise = (i: number, k: number) => (rngFor(seed, 'airfoil-doe', i, k)() - 0.5) * 0.004;
  return {
    inputs: [
      { name: 'x_velocity', values: xs },
      { name: 'y_velocity', values: ys },
    ],
    outputs: [
      {
        name: 'Cd',
        value: ([x = 0, y = 0], i) =>
          Number((-0.0187556 + 0.0025 * (y - 3) - 0.0003 * (x - 20) + noise(i, 1)).toPrecision(6)),
      },
      {
        name: 'Cl',
        value: ([x = 0, y = 0], i) =>
          Number((0.140742 + 0.0344 * (y - 3) + 0.0012 * (x - 20) + noise(i, 2)).toPrecision(6)),
      },
    ],
  };
}

function smallDoe(seed: string, jobId: string, runs: number): DoePlan {
  const rng = rngFor(seed, 'doe', jobId);
  const thickness = Array.from({ length: runs }, (_, i) => Number((2 + (i * 3) / runs).toFixed(3)));
  const load = Array.from({ length: runs }, () => Number((500 + rng() * 1500).toFixed(1)));
  return {
    inputs: [
      { name: 'thickness_mm', values: thickness },
      { name: 'load_N', values: load },
    ],
    outputs: [
      {
        name: 'max_stress_MPa',
        value: ([t = 1, l = 0], i) =>
          Number(((l / (t * t)) * (0.9 + rngFor(seed, jobId, i)() * 0.2)).toFixed(2)),
      },
    ],
  };
}

function randomPhases(rng: Rng, executingSeconds: number): Phases {
  return {
    pending: intBetween(rng, 5, 60),
    queued: intBetween(rng, 20, 600),
    waitingForQueue: rng() < 0.1 ? intBetween(rng, 60, 1800) : 0,
    started: intBetween(rng, 30, 240),
    validated: intBetween(rng, 5, 60),
    executing: executingSeconds,
  };
}

/** A timeline with the job currently in `status`, which lasts `remaining` more seconds. */
function timelineInPhase(
  now: number,
  status: keyof typeof PHASE_KEYS,
  elapsed: number,
  remaining: number,
  rng: Rng,
  executing = 3 * 3600,
): Timeline {
  const phases: Phases = { ...randomPhases(rng, executing), [PHASE_KEYS[status]]: elapsed + remaining };
  const order: Array<keyof Phases> = [
    'pending',
    'queued',
    'waitingForQueue',
    'started',
    'validated',
    'executing',
  ];
  const before = order.slice(0, order.indexOf(PHASE_KEYS[status])).reduce((sum, key) => sum + phases[key], 0);
  return lifeCycle(now - (before + elapsed) * 1000, phases, COMPLETED_OK);
}

const PHASE_KEYS = {
  Pending: 'pending',
  Queued: 'queued',
  'Waiting for Queue': 'waitingForQueue',
  Started: 'started',
  Validated: 'validated',
  Executing: 'executing',
} as const;

function terminalTimeline(rng: Rng, submitAt: number, ending: Ending, executingSeconds: number): Timeline {
  return lifeCycle(submitAt, randomPhases(rng, executingSeconds), ending);
}

function randomEnding(rng: Rng): Ending | null {
  const roll = rng();
  if (roll < 0.04) return null;
  if (roll < 0.8) return COMPLETED_OK;
  return pick(rng, FAILURE_ENDINGS);
}

/** `firstEndings` end the newest jobs, so every outcome exists whatever the seed. */
function generatedJobs(
  ctx: SeedContext,
  owner: UserRecord,
  count: number,
  newest: number,
  spacing: number,
  label: string,
  firstEndings: Ending[] = [],
): JobRecord[] {
  const jobs: JobRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rng = rngFor(ctx.seed, label, i);
    const [subject, softwareCodes] = pick(rng, SUBJECTS);
    const software = SOFTWARE[pick(rng, softwareCodes)]!;
    const name = `${subject} ${pick(rng, STUDIES)} ${intBetween(rng, 1, 40)}`;
    const dateInserted = newest - i * spacing - Math.floor(rng() * spacing * 0.8);
    const ending = i < firstEndings.length ? firstEndings[i]! : randomEnding(rng);
    const isDoe = ending !== null && rng() < 0.08;
    const runCount = isDoe ? intBetween(rng, 8, 40) : 1;
    const executing = intBetween(rng, 120, 6 * 3600);
    const id = uniqueId(ctx, rng);
    jobs.push(
      job(ctx, rng, {
        id,
        owner,
        name,
        dateInserted,
        software,
        runCount,
        doe: isDoe ? smallDoe(ctx.seed, id, runCount) : null,
        timeline: ending
          ? terminalTimeline(rng, dateInserted + intBetween(rng, 10, 600) * 1000, ending, executing)
          : null,
        iterations: intBetween(rng, 100, 1200),
      }),
    );
  }
  return jobs;
}

function clusterStillStopping(timeline: Timeline, until: number): Timeline {
  const cluster = timeline.cluster.map((event) =>
    event.status === 'Stopped' ? { ...event, at: until } : event,
  );
  return { job: timeline.job, cluster };
}

/** A queued job whose cluster is already being provisioned. */
function clusterStartingSince(timeline: Timeline, at: number): Timeline {
  return {
    job: timeline.job,
    cluster: timeline.cluster.map((event) => (event.status === 'Starting' ? { ...event, at } : event)),
  };
}

function stoppingTimeline(now: number, rng: Rng): Timeline {
  const running = timelineInPhase(now, 'Executing', 1800, 7200, rng);
  const stopAt = now - 60_000;
  const job = running.job.filter((event) => event.at <= stopAt);
  job.push(
    { status: 'Stopping', at: stopAt, reason: null },
    { status: 'Completed', at: now + 2 * HOUR, reason: USER_TERMINATED },
  );
  const cluster = running.cluster.filter((event) => event.at <= stopAt);
  cluster.push(
    { status: 'Stop Requested', at: stopAt, reason: null },
    { status: 'Stopping', at: now + HOUR, reason: null },
    { status: 'Stopped', at: now + 2 * HOUR + 5000, reason: null },
  );
  return { job, cluster };
}

/** Ada's named fixtures (sandbox/README.md, Users and keys) and her live jobs, one per non-terminal status. */
function adaFixtures(ctx: SeedContext): JobRecord[] {
  const { ada, alan } = SEED_USERS;
  const now = ctx.now;
  const rng = rngFor(ctx.seed, 'ada-fixtures');
  const sw = SOFTWARE;
  const airfoilSubmit = now - 3 * DAY;
  const fixtures: JobRecord[] = [
    job(ctx, rng, {
      id: 'AIRfoL',
      owner: ada,
      name: 'Airfoil 2D DOE sweep',
      dateInserted: airfoilSubmit - 5 * MINUTE,
      software: sw.openfoam!,
      coreType: 'standard-plus',
      cores: 1,
      doe: airfoilDoe(ctx.seed),
      sharedWith: [alan.email],
      iterations: 5600,
      timeline: lifeCycle(
        airfoilSubmit,
        { ...DEFAULT_PHASES, queued: 120, started: 60, validated: 30, executing: 4 * 3600 },
        COMPLETED_OK,
      ),
    }),
    job(ctx, rng, {
      id: 'BIGout',
      owner: ada,
      name: 'Crash test restart',
      dateInserted: now - 5 * DAY,
      software: sw.ls_dyna!,
      coreType: 'hpc-3',
      cores: 32,
      timeline: lifeCycle(
        now - 5 * DAY + 2 * MINUTE,
        { ...DEFAULT_PHASES, queued: 300, executing: 5 * 3600 },
        COMPLETED_OK,
      ),
      storage: 2 * 1073741824 + 48_213_337,
    }),
    job(ctx, rng, {
      id: 'SAVEDj',
      owner: ada,
      name: 'Draft: bracket stress',
      dateInserted: now - DAY,
      software: sw.abaqus!,
      coreType: 'hpc-plus',
      cores: 8,
      timeline: null,
    }),
    job(ctx, rng, {
      id: 'FAILjb',
      owner: ada,
      name: 'Manifold CFD',
      dateInserted: now - 2 * DAY,
      software: sw.ansys_fluent!,
      coreType: 'hpc-plus',
      cores: 16,
      timeline: lifeCycle(
        now - 2 * DAY + MINUTE,
        { ...DEFAULT_PHASES, queued: 240, executing: 2400 },
        { status: 'Completed', reason: 'A run failed' },
      ),
    }),
  ];
  const live: Array<[string, Software, Timeline, number]> = [
    ['Wing flutter DOE', sw.openfoam!, timelineInPhase(now, 'Executing', 2400, 3 * 3600, rng), 12],
    ['Pump impeller transient', sw.star_ccm_plus!, timelineInPhase(now, 'Executing', 600, 2 * 3600, rng), 1],
    ['Nozzle refined mesh', sw.openfoam!, timelineInPhase(now, 'Pending', 30, 6 * 3600, rng), 1],
    [
      'Bumper beam drop test',
      sw.ls_dyna!,
      clusterStartingSince(timelineInPhase(now, 'Queued', 120, 6 * 3600, rng), now - 60_000),
      1,
    ],
    [
      'Heat exchanger baseline',
      sw.ansys_fluent!,
      timelineInPhase(now, 'Waiting for Queue', 300, 6 * 3600, rng),
      1,
    ],
    ['Turbine blade modal analysis', sw.abaqus!, timelineInPhase(now, 'Started', 60, 3 * 3600, rng), 1],
    ['Battery pack thermal check', sw.abaqus!, timelineInPhase(now, 'Validated', 20, 3 * 3600, rng), 1],
    ['Chassis rail crash', sw.ls_dyna!, stoppingTimeline(now, rng), 1],
    [
      'Intake manifold steady state',
      sw.ansys_fluent!,
      clusterStillStopping(
        lifeCycle(now - 3 * HOUR, randomPhases(rng, 3 * 3600 - 900), COMPLETED_OK),
        now + HOUR,
      ),
      1,
    ],
  ];
  live.forEach(([name, software, timeline, runs], i) => {
    const id = uniqueId(ctx, rng);
    fixtures.push(
      job(ctx, rng, {
        id,
        owner: ada,
        name,
        software,
        timeline,
        runCount: runs,
        dateInserted: timeline.job[0]!.at - (i + 1) * 17_000,
        doe: runs > 1 ? smallDoe(ctx.seed, id, runs) : null,
      }),
    );
  });
  return fixtures;
}

/** Everyone's jobs but the bulk user's, which are generated only when someone needs them. */
export function seedJobs(ctx: SeedContext): JobRecord[] {
  const { ada, grace, alan } = SEED_USERS;
  const fixtures = adaFixtures(ctx);
  const adaJobs = [
    ...fixtures,
    ...generatedJobs(ctx, ada, 520 - fixtures.length, ctx.now - 4 * DAY, 21 * HOUR, 'ada', FAILURE_ENDINGS),
  ];
  for (let i = 0; i < adaJobs.length; i += 37) {
    const shared = adaJobs[i]!;
    if (!shared.sharedWith.includes(alan.email)) shared.sharedWith.push(alan.email);
  }
  const graceJobs = generatedJobs(ctx, grace, 6, ctx.now - 6 * HOUR, 2 * DAY, 'grace');
  graceJobs[0]!.sharedWith.push(alan.email);
  graceJobs[2]!.sharedWith.push(alan.email);
  const alanJobs = generatedJobs(ctx, alan, 2, ctx.now - 30 * HOUR, 3 * DAY, 'alan');
  return [...adaJobs, ...graceJobs, ...alanJobs];
}

export const BULK_JOB_COUNT = 10_000;

export function seedBulkJobs(ctx: SeedContext): JobRecord[] {
  return generatedJobs(ctx, SEED_USERS.bulk, BULK_JOB_COUNT, ctx.now - HOUR, 50 * MINUTE, 'bulk');
}
