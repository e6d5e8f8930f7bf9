/**
 * `npm run bench`: starts the sandbox, the floor proxy and the built app on the bench's
 * own ports, measures them side by side, rewrites the figures in bench/README.md, and
 * stops every process it started, also on failure or Ctrl-C.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Aim } from './aims';
import { benchConfig } from './config';
import { stopAll, stopAllOnSignals } from './processes';
import { renderFigures, updateReadme, type Report, type Table } from './readme';
import { ensureBuild, startStack } from './stack';
import { measureCompression } from './suite-compress';
import { measureFirstLoad } from './suite-first-load';
import { measureLatency } from './suite-latency';
import { measurePages } from './suite-pages';
import { measurePaint, paintPages } from './suite-paint';
import { measureStreaming } from './suite-streaming';
import { measureThroughput } from './suite-throughput';
import { measureZip } from './suite-zip';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.dirname(benchDir);
const logDir = path.join(benchDir, '.out');
const readmeFile = path.join(benchDir, 'README.md');
const liveCallsFile = path.join(benchDir, 'live-calls.md');

function machine(): string {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${memory} GiB memory, Node ${process.version}, ${os.type()} ${os.release()}`;
}

function liveCallsAppendix(): string | undefined {
  if (!existsSync(liveCallsFile)) return undefined;
  const text = readFileSync(liveCallsFile, 'utf8')
    .replace(/^#+ .*\n+/, '')
    .trim();
  return `### Live updates: upstream calls per minute\n\nFrom \`bench/live-calls.md\`, written by the live-updates Playwright spec.\n\n${text}`;
}

const allSuites = [
  'streaming',
  'latency',
  'throughput',
  'pages',
  'compress',
  'paint',
  'first-load',
  'zip',
] as const;
type Suite = (typeof allSuites)[number];

/** `BENCH_SUITES=latency,pages` runs only those, for profiling; a partial run prints, never writes. */
function selectedSuites(): Set<Suite> {
  const raw = process.env.BENCH_SUITES;
  if (!raw) return new Set(allSuites);
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(allSuites as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_SUITES: unknown ${unknown.join(', ')}; choose from ${allSuites.join(', ')}`);
  return new Set(names as Suite[]);
}

function lcpSeconds(paint: { lcpMs: Map<string, number> } | null, page: string): number | null {
  const ms = paint?.lcpMs.get(page);
  return ms === undefined ? null : ms / 1000;
}

async function main(): Promise<void> {
  stopAllOnSignals();
  const suites = selectedSuites();
  const startedAt = Date.now();
  try {
    await ensureBuild(projectDir, logDir);
    console.log('starting sandbox, floor proxy and app…');
    const stack = await startStack(projectDir, logDir);
    await stack.control.liftLimits();

    const run = async <T>(name: Suite, label: string, measure: () => Promise<T>): Promise<T | null> => {
      if (!suites.has(name)) return null;
      console.log(`${label}…`);
      return measure();
    };
    const streaming = await run('streaming', 'streaming (1 GiB down and up, 2 GiB up)', () =>
      measureStreaming(stack),
    );
    const latency = await run('latency', 'added latency', () => measureLatency(stack));
    const throughput = await run('throughput', 'throughput', () => measureThroughput(stack));
    const pages = await run('pages', 'pages', () => measurePages(stack));
    const compress = await run('compress', 'compressing once', () => measureCompression());
    const paint = await run('paint', 'paint in Chromium, CPU slowed 4×', () => measurePaint(stack));
    const zip = await run('zip', 'a 2 GiB selection as one zip in Chromium', () => measureZip(stack));
    const firstLoad = suites.has('first-load') ? measureFirstLoad(projectDir) : null;

    const aim = (
      figure: string,
      direction: Aim['direction'],
      target: number,
      unit: string,
      digits: number,
      current: number | null | undefined,
    ): Aim => ({ figure, direction, target, unit, digits, current: current ?? null });
    const aims: Aim[] = [
      aim('added latency p50 at 16 clients', 'at most', 2, 'ms', 2, latency?.appAddedP50At16),
      aim('throughput (share of the floor)', 'at least', 70, '%', 1, throughput?.appShareOfFloor),
      aim(
        'streaming throughput, download (share of direct)',
        'at least',
        90,
        '%',
        1,
        streaming?.shareOfDirect.download,
      ),
      aim(
        'streaming throughput, upload (share of direct)',
        'at least',
        90,
        '%',
        1,
        streaming?.shareOfDirect.upload,
      ),
      aim(
        'memory per 1 GiB streamed, download',
        'at most',
        64,
        'MiB',
        1,
        streaming?.peakAboveIdleMiB['download 1 GiB'],
      ),
      aim(
        'memory per 1 GiB streamed, upload',
        'at most',
        64,
        'MiB',
        1,
        streaming?.peakAboveIdleMiB['upload 1 GiB'],
      ),
      aim(
        'memory during a 2 GiB upload (issue 6)',
        'at most',
        100,
        'MiB',
        1,
        streaming?.peakAboveIdleMiB['upload 2 GiB'],
      ),
      aim('`/jobs` first-load JavaScript', 'at most', 130, 'kB', 1, firstLoad?.jobsGzipKB),
      aim("largest route's own first-load JavaScript", 'at most', 25, 'kB', 1, firstLoad?.largestOwnKB),
      aim(
        'first-load JavaScript shared by all routes (issue 17: no more than 141.9 kB)',
        'at most',
        141.9,
        'kB',
        1,
        firstLoad?.sharedKB,
      ),
      aim(
        'key derivations per page view (the most of any page)',
        'at most',
        2,
        '',
        1,
        pages?.derivationsPerView,
      ),
      aim('key derivations per repeated proxied call', 'at most', 0, '', 1, pages?.derivationsPerProxiedCall),
      aim(
        "job page's server time, whole document, a job seen before (the 20 ms network + 25 ms)",
        'at most',
        45,
        'ms',
        1,
        pages?.jobPageWholeP50Ms,
      ),
      ...paintPages.map((page) =>
        aim(`LCP of \`${page}\`, CPU slowed 4×`, 'at most', 0.8, 's', 2, lcpSeconds(paint, page)),
      ),
    ];
    const tables: Table[] = [
      latency?.table,
      throughput?.table,
      streaming?.table,
      pages?.table,
      pages?.jobPageTable,
      compress?.table,
      paint?.table,
      zip?.table,
      ...(firstLoad?.tables ?? []),
    ].filter((table) => table !== undefined);
    const report: Report = {
      date: new Date()
        .toISOString()
        .replace('T', ' ')
        .replace(/:\d\d\.\d+Z$/, ' UTC'),
      machine: machine(),
      command: 'npm run bench',
      rounds: benchConfig.rounds,
      elapsedSeconds: (Date.now() - startedAt) / 1000,
      aims,
      tables,
      findings: stack.findings,
      appendix: liveCallsAppendix(),
    };
    if (suites.size < allSuites.length) {
      console.log(`\n${renderFigures(report)}\n\n(BENCH_SUITES set: bench/README.md left as it was)`);
      return;
    }
    const existing = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : null;
    // Written as the format check wants it, so a bench run leaves `npm test` passing.
    const options = { ...(await resolveConfig(readmeFile)), filepath: readmeFile };
    writeFileSync(readmeFile, await format(updateReadme(existing, renderFigures(report)), options));
    console.log(
      `figures written to ${path.relative(projectDir, readmeFile)} in ${Math.round(report.elapsedSeconds)} s`,
    );
  } finally {
    await stopAll();
  }
}

// Exit explicitly: a connection the servers left half-open must not keep the run alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
