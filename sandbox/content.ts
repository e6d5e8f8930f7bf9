/**
 * Deterministic file contents. Text files are described by a line count and a
 * function from line number to text, so a growing log, a tail and a download all
 * agree; binary files are described by a size and a seed, and any byte range can
 * be produced without producing the bytes before it.
 */
import { hashString, rngFromNumber } from './random';

export type LineFn = (index: number) => string;
export type TextContent = { kind: 'text'; lineCount: number; line: LineFn };
export type BinaryContent = { kind: 'binary'; size: number; seed: number };
export type GeneratedContent = TextContent | BinaryContent;

/** A uniform number in [0, 1) from (seed, i): one mulberry32 step, no allocation. */
function jitter(seed: number, i: number): number {
  let t = ((seed ^ Math.imul(i + 1, 0x9e3779b1)) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** C's `%.5e` (`1.23457e-03`), as solvers print residuals. */
function sci(value: number): string {
  if (value === 0) return '0.00000e+00';
  let exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = (value / 10 ** exponent).toFixed(5);
  if (mantissa.startsWith('10.') || mantissa.startsWith('-10.')) {
    exponent++;
    mantissa = (value / 10 ** exponent).toFixed(5);
  }
  const magnitude = Math.abs(exponent);
  return `${mantissa}e${exponent < 0 ? '-' : '+'}${magnitude < 10 ? '0' : ''}${magnitude}`;
}

const FOAM_BANNER = [
  '/*---------------------------------------------------------------------------*\\',
  '| =========                 |                                                 |',
  '| \\\\      /  F ield         | OpenFOAM: The Open Source CFD Toolbox           |',
  '|  \\\\    /   O peration     | Version:  v2312                                 |',
  '|   \\\\  /    A nd           | Website:  www.openfoam.com                      |',
  '|    \\\\/     M anipulation  |                                                 |',
  '\\*---------------------------------------------------------------------------*/',
];

// Helpers of the line functions live at module level: a closure created per line
// costs more than the line itself.
function residual(seed: number, step: number, decay: number): string {
  return sci(decay * (0.2 + 0.8 * jitter(seed, step)));
}

/** An OpenFOAM `simpleFoam` log: a banner, then a block of lines per iteration. */
export function foamSolverLog(seed: number, iterations: number): TextContent {
  const header = [
    ...FOAM_BANNER,
    'Build  : _66908158ae-20231221 OPENFOAM=2312 version=v2312',
    'Exec   : simpleFoam -parallel',
    'nProcs : 8',
    '',
    'Create time',
    '',
    'Create mesh for time = 0',
    '',
    'SIMPLE: convergence criteria',
    '    field p	 tolerance 1e-05',
    '    field U	 tolerance 1e-05',
    '    field nuTilda	 tolerance 1e-05',
    '',
    'Starting time loop',
    '',
  ];
  const block = 9;
  const lineCount = header.length + iterations * block + 2;
  const line: LineFn = (index) => {
    if (index < header.length) return header[index]!;
    const offset = index - header.length;
    const iteration = Math.floor(offset / block) + 1;
    if (iteration > iterations) return offset === iterations * block ? 'End' : '';
    const decay = Math.exp(-iteration / 900);
    switch (offset % block) {
      case 0:
        return `Time = ${iteration}`;
      case 1:
        return '';
      case 2:
        return `smoothSolver:  Solving for Ux, Initial residual = ${residual(seed + 1, iteration, decay)}, Final residual = ${residual(seed + 2, iteration, decay)}, No Iterations 1`;
      case 3:
        return `smoothSolver:  Solving for Uy, Initial residual = ${residual(seed + 3, iteration, decay)}, Final residual = ${residual(seed + 4, iteration, decay)}, No Iterations 2`;
      case 4:
        return `GAMG:  Solving for p, Initial residual = ${residual(seed + 5, iteration, decay)}, Final residual = ${residual(seed + 6, iteration, decay)}, No Iterations ${5 + Math.floor(jitter(seed, iteration) * 15)}`;
      case 5:
        return `time step continuity errors : sum local = ${residual(seed + 7, iteration, decay)}, global = ${residual(seed + 8, iteration, decay)}, cumulative = ${residual(seed + 9, iteration, decay)}`;
      case 6:
        return `smoothSolver:  Solving for nuTilda, Initial residual = ${residual(seed + 10, iteration, decay)}, Final residual = ${residual(seed + 11, iteration, decay)}, No Iterations 2`;
      case 7:
        return `ExecutionTime = ${(iteration * 0.21).toFixed(2)} s  ClockTime = ${Math.round(iteration * 0.22)} s`;
      default:
        return '';
    }
  };
  return { kind: 'text', lineCount, line };
}

/**
 * A running job's `log`: one self-contained progress line every `secondsPerLine`
 * simulated seconds (1 for a demo job), so it grows while the run executes.
 */
export function progressLog(
  seed: number,
  software: string,
  elapsedSeconds: number,
  secondsPerLine: number,
): TextContent {
  return {
    kind: 'text',
    lineCount: Math.floor(elapsedSeconds / secondsPerLine),
    line: (index) => {
      const wall = (index + 1) * secondsPerLine;
      const decay = Math.exp(-(index + 1) / 25);
      return `[${software}] step ${String(index + 1).padStart(5)}  t = ${(wall * 0.005).toFixed(3)} s  residuals: U ${residual(seed + 1, index, decay)}  p ${residual(seed + 2, index, decay)}  k ${residual(seed + 3, index, decay)}  wall ${wall} s`;
    },
  };
}

/** A whitespace-separated table with a commented header, like `forceCoeffs.dat` or `residuals.out`. */
export function residualTable(seed: number, columns: string[], rows: number): TextContent {
  const header = [`# ${columns.join('\t')}`];
  return {
    kind: 'text',
    lineCount: header.length + rows,
    line: (index) => {
      if (index < header.length) return header[index]!;
      const step = index - header.length + 1;
      const decay = Math.exp(-step / 400);
      let row = String(step);
      for (let c = 1; c < columns.length; c++) row += '\t' + residual(seed + c, step, decay);
      return row;
    },
  };
}

export function fixedText(lines: string[]): TextContent {
  return { kind: 'text', lineCount: lines.length, line: (index) => lines[index] ?? '' };
}

export function foamDictionary(objectName: string, velocity: [number, number]): TextContent {
  const [ux, uy] = velocity.map((v) => Number(v.toFixed(2)));
  return fixedText([
    ...FOAM_BANNER,
    'FoamFile',
    '{',
    '    version     2.0;',
    '    format      ascii;',
    '    class       volVectorField;',
    `    object      ${objectName};`,
    '}',
    '// * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * //',
    '',
    'dimensions      [0 1 -1 0 0 0 0];',
    '',
    `internalField   uniform (${ux} ${uy} 0);`,
    '',
    'boundaryField',
    '{',
    '    inlet',
    '    {',
    '        type            freestream;',
    `        freestreamValue uniform (${ux} ${uy} 0);`,
    '    }',
    '    outlet',
    '    {',
    '        type            freestream;',
    `        freestreamValue uniform (${ux} ${uy} 0);`,
    '    }',
    '    wall',
    '    {',
    '        type            fixedValue;',
    '        value           uniform (0 0 0);',
    '    }',
    '}',
    '',
    '// ************************************************************************* //',
  ]);
}

/** The platform wrapper's own log: what it launched, where, and how it ended. */
export function processOutput(
  jobId: string,
  command: string,
  coreType: string,
  cores: number,
  outcome: string,
): TextContent {
  return fixedText([
    `Rescale job ${jobId} starting on ${cores} ${coreType} cores`,
    'Provisioning cluster nodes',
    'Cluster nodes ready',
    'Downloading input files',
    'Decrypting input files',
    'Extracting archives',
    `Launching command: ${command}`,
    'Process started',
    'Process finished with exit code 0',
    'Uploading output files',
    'Encrypting output files',
    `Job ${jobId}: ${outcome}`,
  ]);
}

/** Text as the platform stores it: lines joined by `\n`, with a final newline. */
export function renderText(content: TextContent, lineCount = content.lineCount): Buffer {
  const parts: string[] = new Array(lineCount);
  for (let i = 0; i < lineCount; i++) parts[i] = content.line(i);
  return Buffer.from(lineCount > 0 ? parts.join('\n') + '\n' : '', 'utf8');
}

export const BINARY_BLOCK = 64 * 1024;
const patternCache = new Map<number, Buffer>();

/**
 * Binary files are 64 KiB blocks: a per-file random pattern, stamped with the block
 * number so no two blocks are alike. Producing a block is a copy, which keeps even a
 * 1 GiB file cheap to stream.
 */
function pattern(seed: number): Buffer {
  let block = patternCache.get(seed);
  if (!block) {
    const rng = rngFromNumber(seed);
    block = Buffer.alloc(BINARY_BLOCK);
    for (let i = 0; i < BINARY_BLOCK; i += 4) block.writeUInt32LE((rng() * 4294967296) >>> 0, i);
    if (patternCache.size > 64) patternCache.clear();
    patternCache.set(seed, block);
  }
  return block;
}

export function binaryBlock(seed: number, blockIndex: number, into?: Buffer): Buffer {
  const block = into ?? Buffer.allocUnsafe(BINARY_BLOCK);
  pattern(seed).copy(block);
  block.writeUInt32LE(blockIndex >>> 0, 0);
  block.writeUInt32LE(Math.floor(blockIndex / 4294967296), 4);
  block.writeUInt32LE(hashString(`${seed}:${blockIndex}`), 8);
  return block;
}

/** Streams are written in chunks of several blocks: fewer, larger socket writes. */
const CHUNK_BLOCKS = 4;

/**
 * The bytes [start, end) of a binary content, produced block by block. With `reuse`,
 * every chunk is the same scratch buffer: only for consumers done with a chunk
 * before asking for the next (hashing), never for a socket.
 */
export function* binaryChunks(
  content: BinaryContent,
  start: number,
  end: number,
  reuse = false,
): Generator<Buffer> {
  const scratch = reuse ? Buffer.allocUnsafe(BINARY_BLOCK * CHUNK_BLOCKS) : undefined;
  let position = start;
  while (position < end) {
    const firstBlock = Math.floor(position / BINARY_BLOCK);
    const chunkStart = firstBlock * BINARY_BLOCK;
    const blocks = Math.min(CHUNK_BLOCKS, Math.ceil((end - chunkStart) / BINARY_BLOCK));
    const chunk = scratch ?? Buffer.allocUnsafe(BINARY_BLOCK * CHUNK_BLOCKS);
    for (let i = 0; i < blocks; i++)
      binaryBlock(content.seed, firstBlock + i, chunk.subarray(i * BINARY_BLOCK, (i + 1) * BINARY_BLOCK));
    const from = position - chunkStart;
    const to = Math.min(blocks * BINARY_BLOCK, end - chunkStart);
    yield chunk.subarray(from, to);
    position = chunkStart + to;
  }
}
