/**
 * Issue 16, "Download many": a 2 GiB selection (`BIGone` and `BIGtwo`, 1 GiB each, on
 * `BIGout`'s files tab) saved as one zip the browser makes as a stream, against the same
 * bytes as two single proxied downloads. Chromium's memory is what the zip must not grow:
 * the resident set of its whole process tree (browser, renderer, service worker) and the
 * page's JavaScript heap (CDP `Performance.getMetrics`), both sampled while it runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { benchConfig } from './config';
import { measured, rotate } from './measured';
import type { Cell, Table } from './readme';
import { processTree, sampleRss, treeRssBytes } from './rss';
import type { Stack } from './stack';
import { GiB, MiB } from './streams';
import { cookiesFor } from './suite-paint';

const JOB = 'BIGout';
const BIG = ['restart.d3plot', 'restart.d3plot01'] as const;

/** How the bytes reach disk: the proxied links, or a zip saved one of its two ways. */
type Kind = 'single downloads' | 'zip, service-worker download' | 'zip, picked file';
type Way = { label: string; kind: Kind; files: readonly string[] };
/** The 1 GiB zip shows whether the browser's memory follows the selection's size. */
const ways: Way[] = [
  { label: 'two single downloads, 2 GiB', kind: 'single downloads', files: BIG },
  { label: 'zip of 2 GiB, service-worker download', kind: 'zip, service-worker download', files: BIG },
  { label: 'zip of 2 GiB, picked file', kind: 'zip, picked file', files: BIG },
  { label: 'zip of 1 GiB, picked file', kind: 'zip, picked file', files: BIG.slice(0, 1) },
];

type Sample = { seconds: number; rssPeakMiB: number; heapPeakMiB: number };

/** The Chromium processes of this profile: the one whose command line names it, and its children. */
function chromiumTree(profileDir: string): number[] {
  for (const pid of processTree(process.pid)) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (command.includes(`--user-data-dir=${profileDir}`)) return processTree(pid);
    } catch {
      // Gone already.
    }
  }
  throw new Error('the bench Chromium process was not found');
}

function sampleHeap(cdp: CDPSession): { stop: () => Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      await sleep(100);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

/** The page with the picker answered by a file in the origin's private file system, on disk in a persistent profile. */
async function setPicker(page: Page, kind: Kind): Promise<void> {
  await page.evaluate((useWorker) => {
    const picker = useWorker
      ? undefined
      : async ({ suggestedName }: { suggestedName: string }) =>
          (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true });
    Object.defineProperty(window, 'showSaveFilePicker', { value: picker, configurable: true });
  }, kind === 'zip, service-worker download');
}

async function pickedFileBytes(page: Page, name: string): Promise<number> {
  return page.evaluate(async (fileName) => {
    const root = await navigator.storage.getDirectory();
    const size = (await (await root.getFileHandle(fileName)).getFile()).size;
    await root.removeEntry(fileName);
    return size;
  }, name);
}

async function once(page: Page, way: Way): Promise<number> {
  await page.goto(`/jobs/${JOB}?tab=files`);
  const table = page.getByTestId('output-files');
  await table.getByRole('checkbox', { name: `Select ${BIG[0]}`, exact: true }).waitFor();
  await setPicker(page, way.kind);
  const bytes = way.files.length * GiB;
  const startedAt = performance.now();
  if (way.kind === 'single downloads') {
    for (const name of way.files) {
      const downloading = page.waitForEvent('download', { timeout: 0 });
      await table.getByRole('link', { name: `Download ${name}`, exact: true }).click();
      const file = await (await downloading).path();
      if (statSync(file).size !== GiB) throw new Error(`${name}: ${statSync(file).size} bytes downloaded`);
      rmSync(file);
    }
    return (performance.now() - startedAt) / 1000;
  }
  for (const name of way.files)
    await table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  const count = way.files.length;
  const button = page.getByRole('button', { name: `Download ${count} file${count === 1 ? '' : 's'} as zip` });
  const zipName = `${JOB}-files.zip`;
  const done = page.getByRole('status').filter({ hasText: zipName });
  if (way.kind === 'zip, service-worker download') {
    const downloading = page.waitForEvent('download', { timeout: 0 });
    await button.click();
    const file = await (await downloading).path();
    await done.filter({ hasText: 'Downloaded' }).waitFor({ timeout: 0 });
    const seconds = (performance.now() - startedAt) / 1000;
    if (statSync(file).size < bytes) throw new Error(`the zip holds ${statSync(file).size} bytes`);
    rmSync(file);
    return seconds;
  }
  await button.click();
  await done.filter({ hasText: 'Saved' }).waitFor({ timeout: 0 });
  const seconds = (performance.now() - startedAt) / 1000;
  const saved = await pickedFileBytes(page, zipName);
  if (saved < bytes) throw new Error(`the picked zip holds ${saved} bytes`);
  return seconds;
}

/** Each Chromium process's own peak, by its `--type` (the browser process has none), for finding where memory goes. */
function sampleByProcess(pids: readonly number[]): { stop: () => Map<string, number> } {
  const kinds = new Map<number, string>();
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const type = /--type=([a-z-]+)/.exec(command)?.[1] ?? 'browser';
      const utility = /--utility-sub-type=([a-zA-Z.]+)/.exec(command)?.[1];
      kinds.set(pid, utility ? `${type}:${utility}` : type);
    } catch {
      // Gone already.
    }
  }
  const peaks = new Map<string, number>();
  const timer = setInterval(() => {
    const now = new Map<string, number>();
    for (const [pid, kind] of kinds) now.set(kind, (now.get(kind) ?? 0) + treeRssBytes([pid]));
    for (const [kind, bytes] of now) peaks.set(kind, Math.max(peaks.get(kind) ?? 0, bytes));
  }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return peaks;
    },
  };
}

export async function measureZip(stack: Stack): Promise<{ table: Table }> {
  await stack.control.setLatency(0);
  const profileDir = mkdtempSync(path.join(tmpdir(), 'bench-zip-profile-'));
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'bench-zip-downloads-'));
  let context: BrowserContext | null = null;
  const samples = new Map<string, Sample[]>();
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      acceptDownloads: true,
      downloadsPath: downloadsDir,
      baseURL: stack.appUrl,
    });
    await context.addCookies(cookiesFor(stack.appUrl, stack.cookies.ada));
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Warm-up: the route, the zip chunk and the service worker, on a small file.
    await page.goto(`/jobs/${JOB}?tab=files`);
    await page.waitForLoadState('networkidle');
    const pids = chromiumTree(profileDir);
    for (let round = 0; round < benchConfig.streamRounds; round++) {
      for (const way of rotate(ways, round)) {
        await page.goto('about:blank');
        await sleep(500);
        const idle = sampleRss(pids);
        await sleep(500);
        const idleBytes = idle.stop().peakBytes;
        const tree = chromiumTree(profileDir);
        const rss = sampleRss(tree);
        const byProcess = sampleByProcess(tree);
        const heap = sampleHeap(cdp);
        const seconds = await once(page, way);
        const heapPeak = await heap.stop();
        const rssPeak = rss.stop().peakBytes;
        const peaks = [...byProcess.stop()]
          .map(([kind, peak]) => `${kind} ${(peak / MiB).toFixed(0)}`)
          .join(', ');
        samples.set(way.label, [
          ...(samples.get(way.label) ?? []),
          { seconds, rssPeakMiB: (rssPeak - idleBytes) / MiB, heapPeakMiB: heapPeak / MiB },
        ]);
        console.log(
          `    ${way.label}: ${((way.files.length * GiB) / MiB / seconds).toFixed(0)} MiB/s in ${seconds.toFixed(1)} s, ` +
            `Chromium +${((rssPeak - idleBytes) / MiB).toFixed(0)} MiB, page heap ${(heapPeak / MiB).toFixed(0)} MiB ` +
            `(peak MiB by process: ${peaks})`,
        );
        for (const left of readdirSync(downloadsDir)) rmSync(path.join(downloadsDir, left), { force: true });
      }
      console.log(`  zip round ${round + 1}/${benchConfig.streamRounds} done`);
    }
  } finally {
    await context?.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(downloadsDir, { recursive: true, force: true });
  }
  const of = (way: Way) => samples.get(way.label) ?? [];
  const rows: Cell[][] = ways.map((way) => [
    way.label,
    measured(
      of(way).map((s) => (way.files.length * GiB) / MiB / s.seconds),
      'MiB/s',
      0,
    ),
    measured(
      of(way).map((s) => s.rssPeakMiB),
      'MiB',
      0,
    ),
    measured(
      of(way).map((s) => s.heapPeakMiB),
      'MiB',
      1,
    ),
  ]);
  return {
    table: {
      title: 'Download many: a 2 GiB selection as one zip',
      note:
        `Chromium (Playwright, headless, a persistent profile so the private file system is on disk), as ada, ` +
        `no added latency, ${benchConfig.streamRounds} rounds. The selection is \`BIGone\` and \`BIGtwo\` ` +
        `(1 GiB each) on \`/jobs/${JOB}?tab=files\`; the 1 GiB zip is \`BIGone\` alone. "Two single downloads" clicks each file's Download link ` +
        '(the proxied `files/{id}/contents/`), one after the other; the zips select both files and press ' +
        '"Download 2 files as zip" (the zip is written in blocks of 1 MiB), with the save picker removed (the service worker streams a browser ' +
        "download) or answered with a file in the origin's private file system (the File System Access " +
        'path). Time is from the click until the bytes are on disk. Memory: the peak resident set of ' +
        "Chromium's whole process tree above its idle (blank page) just before, sampled every 25 ms, and " +
        "the page's peak used JavaScript heap (CDP `Performance.getMetrics`, every 100 ms).",
      columns: ['way', 'throughput', 'Chromium peak memory above idle', 'page JS heap peak'],
      rows,
    },
  };
}
