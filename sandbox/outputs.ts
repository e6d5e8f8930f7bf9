/**
 * The files a run writes, by software. The same list is the run's working directory
 * while it executes and its output files once it completes, so a tail and the
 * final download agree.
 */
import {
  type GeneratedContent,
  fixedText,
  foamDictionary,
  foamSolverLog,
  processOutput,
  progressLog,
  residualTable,
} from './content';
import type { BigContent, JobRecord, OutputProfile } from './model';
import { hashString, intBetween, rngFor } from './random';
import type { RunState } from './runs';

export type RunFileSpec = { relativePath: string; content: GeneratedContent | BigContent };

/** The growing solver log (sandbox/README.md, The life cycle): one line per simulated second. */
export const RUN_LOG_PATH = 'log';
/** Long runs log less often, as solvers print every N steps: never more than this many lines. */
const MAX_LOG_LINES = 2_000;

function secondsPerLogLine(job: JobRecord): number {
  const window = job.plannedExecution;
  if (!window) return 1;
  const runSeconds = (window.end - window.start) / 1000 / job.runCount;
  return Math.max(1, Math.ceil(runSeconds / MAX_LOG_LINES));
}

/** The 1 GiB fixture: seed-independent, so its md5 is a constant of the generator. */
export const BIG_FILE: BigContent = {
  kind: 'big',
  size: 1073741824,
  seed: hashString('BIGone/restart.d3plot'),
  md5: '4dbb6621169a2253748b8b7ba96abe8f',
};

/** A second gibibyte in the same run, so a selection of the job's outputs reaches 2 GiB (the zip bench). */
export const BIG_FILE_2: BigContent = {
  kind: 'big',
  size: 1073741824,
  seed: hashString('BIGtwo/restart.d3plot01'),
  md5: '8842cb02b441fb04798b89db4ece6960',
};

/** The fixed ids of the big fixtures, which live in `BIGout`'s first run. */
export const BIG_FILE_IDS = new Map<BigContent, string>([
  [BIG_FILE, 'BIGone'],
  [BIG_FILE_2, 'BIGtwo'],
]);

function isBigRun(job: JobRecord, runIndex: number): boolean {
  return job.id === 'BIGout' && runIndex === 0;
}

const PROFILE_FILE_COUNT: Record<OutputProfile, number> = {
  openfoam: 6,
  lsdyna: 5,
  abaqus: 5,
  starccm: 5,
  fluent: 5,
  custom: 4,
};

export function filesPerRun(job: JobRecord, runIndex: number): number {
  return PROFILE_FILE_COUNT[job.profile] + (isBigRun(job, runIndex) ? 1 : 0);
}

const SOFTWARE_LABEL: Record<OutputProfile, string> = {
  openfoam: 'simpleFoam',
  lsdyna: 'ls-dyna',
  abaqus: 'abaqus/standard',
  starccm: 'star-ccm+',
  fluent: 'fluent',
  custom: 'run.sh',
};

function binary(seedText: string, min: number, max: number): GeneratedContent {
  const seed = hashString(seedText);
  return { kind: 'binary', seed, size: intBetween(rngFor(seedText, 'size'), min, max) };
}

/** Solver iterations of one run: the Airfoil fixture's first run is the 50,000-line log. */
function iterationsOf(job: JobRecord, runIndex: number): number {
  if (runIndex === 0) return job.iterations;
  return 80 + (hashString(`${job.id}:${runIndex}`) % 160);
}

function velocity(job: JobRecord, runIndex: number): [number, number] {
  const x = job.doe?.inputs.find((v) => v.name === 'x_velocity')?.values[runIndex];
  const y = job.doe?.inputs.find((v) => v.name === 'y_velocity')?.values[runIndex];
  return [x ?? 25.75, y ?? 3.62];
}

export function runFileSpecs(
  seed: string,
  job: JobRecord,
  run: RunState,
  elapsedSeconds: number,
  outcome: string,
): RunFileSpec[] {
  const key = (path: string) => `${seed}/${job.id}/${run.index}/${path}`;
  const h = (path: string) => hashString(key(path));
  const analysis = job.analyses[0]!;
  const iterations = iterationsOf(job, run.index);
  const common: RunFileSpec[] = [
    {
      relativePath: 'process_output.log',
      content: processOutput(
        job.id,
        analysis.command,
        analysis.hardware.coreType,
        analysis.hardware.coresPerSlot,
        outcome,
      ),
    },
    {
      relativePath: RUN_LOG_PATH,
      content: progressLog(
        h(RUN_LOG_PATH),
        SOFTWARE_LABEL[job.profile],
        elapsedSeconds,
        secondsPerLogLine(job),
      ),
    },
  ];
  const specific = ((): RunFileSpec[] => {
    switch (job.profile) {
      case 'openfoam':
        return [
          {
            relativePath: 'airFoil2D/log.simpleFoam',
            content: foamSolverLog(h('log.simpleFoam'), iterations),
          },
          { relativePath: 'airFoil2D/0/U', content: foamDictionary('U', velocity(job, run.index)) },
          {
            relativePath: 'airFoil2D/postProcessing/forceCoeffs/0/forceCoeffs.dat',
            content: residualTable(
              h('forceCoeffs'),
              ['Time', 'Cm', 'Cd', 'Cl', 'Cl(f)', 'Cl(r)'],
              Math.ceil(iterations / 10),
            ),
          },
          {
            relativePath: 'airFoil2D/constant/polyMesh/points',
            content: binary(key('points'), 200_000, 900_000),
          },
        ];
      case 'lsdyna':
        return [
          { relativePath: 'd3hsp', content: progressLog(h('d3hsp'), 'ls-dyna cycle', iterations, 1) },
          {
            relativePath: 'glstat',
            content: residualTable(
              h('glstat'),
              ['cycle', 'kinetic', 'internal', 'hourglass', 'total'],
              iterations,
            ),
          },
          ...(isBigRun(job, run.index)
            ? [
                { relativePath: 'restart.d3plot', content: BIG_FILE },
                { relativePath: 'restart.d3plot01', content: BIG_FILE_2 },
              ]
            : [{ relativePath: 'd3plot', content: binary(key('d3plot'), 500_000, 1_500_000) }]),
        ];
      case 'abaqus':
        return [
          {
            relativePath: 'bracket.sta',
            content: residualTable(
              h('sta'),
              ['step', 'increment', 'attempt', 'severe', 'equil', 'total', 'time'],
              iterations,
            ),
          },
          {
            relativePath: 'bracket.msg',
            content: progressLog(h('msg'), 'abaqus/standard increment', iterations, 1),
          },
          { relativePath: 'bracket.odb', content: binary(key('odb'), 400_000, 1_500_000) },
        ];
      case 'starccm':
        return [
          {
            relativePath: 'model.log',
            content: progressLog(h('model.log'), 'star-ccm+ iteration', iterations, 1),
          },
          {
            relativePath: 'residuals.csv',
            content: residualTable(
              h('residuals'),
              ['Iteration', 'Continuity', 'X-momentum', 'Y-momentum', 'Z-momentum', 'Energy'],
              iterations,
            ),
          },
          { relativePath: 'model@final.sim', content: binary(key('sim'), 400_000, 1_500_000) },
        ];
      case 'fluent':
        return [
          { relativePath: 'transcript.trn', content: progressLog(h('trn'), 'fluent iter', iterations, 1) },
          {
            relativePath: 'residuals.out',
            content: residualTable(
              h('residuals'),
              ['iter', 'continuity', 'x-velocity', 'y-velocity', 'z-velocity', 'energy', 'k', 'omega'],
              iterations,
            ),
          },
          { relativePath: 'case.cas.h5', content: binary(key('cas'), 400_000, 1_500_000) },
        ];
      case 'custom':
        return [
          {
            relativePath: 'output.txt',
            content: fixedText([`run ${run.index + 1} finished`, `samples: ${iterations}`, 'status: ok']),
          },
          { relativePath: 'results.tar.gz', content: binary(key('results'), 100_000, 600_000) },
        ];
    }
  })();
  return [...common, ...specific];
}
