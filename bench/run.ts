/**
 * `npm run bench`: starts the sandbox, the floor proxy and the built app on the bench's
 * own ports, measures them side by side, rewrites the figures in bench/README.md, and
 * stops every process it started, also on failure or Ctrl-C.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Aim } from './aims.ts';
import { benchConfig } from './config.ts';
import { stopAll, stopAllOnSignals } from './processes.ts';
import { renderFigures, updateReadme, type Report, type Table } from './readme.ts';
import { ensureBuild, startStack } from './stack.ts';
import { measureFirstLoad } from './suite-first-load.ts';
import { measureLatency } from './suite-latency.ts';
import { measurePages } from './suite-pages.ts';
import { measureStreaming } from './suite-streaming.ts';
import { measureThroughput } from './suite-throughput.ts';

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
  const text = readFileSync(liveCallsFile, 'utf8').replace(/^#+ .*\n+/, '').trim();
  return `### Live updates: upstream calls per minute\n\nFrom \`bench/live-calls.md\`, written by the live-updates Playwright spec.\n\n${text}`;
}

async function main(): Promise<void> {
  stopAllOnSignals();
  const startedAt = Date.now();
  try {
    await ensureBuild(projectDir, logDir);
    console.log('starting sandbox, floor proxy and app…');
    const stack = await startStack(projectDir, logDir);
    await stack.control.liftLimits();

    console.log('streaming (1 GiB down and up, 2 GiB up)…');
    const streaming = await measureStreaming(stack);
    console.log('added latency…');
    const latency = await measureLatency(stack);
    console.log('throughput…');
    const throughput = await measureThroughput(stack);
    console.log('pages…');
    const pages = await measurePages(stack);
    const firstLoad = measureFirstLoad(projectDir);

    const aims: Aim[] = [
      { figure: 'added latency p50 at 16 clients', direction: 'at most', target: 2, unit: 'ms', digits: 2, current: latency.appAddedP50At16 },
      { figure: 'throughput (share of the floor)', direction: 'at least', target: 70, unit: '%', digits: 1, current: throughput.appShareOfFloor },
      { figure: 'streaming throughput, download (share of direct)', direction: 'at least', target: 90, unit: '%', digits: 1, current: streaming.shareOfDirect.download },
      { figure: 'streaming throughput, upload (share of direct)', direction: 'at least', target: 90, unit: '%', digits: 1, current: streaming.shareOfDirect.upload },
      { figure: 'memory per 1 GiB streamed, download', direction: 'at most', target: 64, unit: 'MiB', digits: 1, current: streaming.peakAboveIdleMiB['download 1 GiB'] },
      { figure: 'memory per 1 GiB streamed, upload', direction: 'at most', target: 64, unit: 'MiB', digits: 1, current: streaming.peakAboveIdleMiB['upload 1 GiB'] },
      { figure: 'memory during a 2 GiB upload (issue 6)', direction: 'at most', target: 100, unit: 'MiB', digits: 1, current: streaming.peakAboveIdleMiB['upload 2 GiB'] },
      { figure: '`/jobs` first-load JavaScript', direction: 'at most', target: 130, unit: 'kB', digits: 1, current: firstLoad.jobsGzipKB },
    ];
    const tables: Table[] = [latency.table, throughput.table, streaming.table, pages.table, ...firstLoad.tables];
    const report: Report = {
      date: new Date().toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC'),
      machine: machine(),
      command: 'npm run bench',
      rounds: benchConfig.rounds,
      elapsedSeconds: (Date.now() - startedAt) / 1000,
      aims,
      tables,
      appendix: liveCallsAppendix(),
    };
    const existing = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : null;
    writeFileSync(readmeFile, updateReadme(existing, renderFigures(report)));
    console.log(`figures written to ${path.relative(projectDir, readmeFile)} in ${Math.round(report.elapsedSeconds)} s`);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
