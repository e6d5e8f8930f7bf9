/**
 * Paint on a slow laptop: largest contentful paint and the longest main-thread task of
 * six pages in Chromium with the CPU slowed four times, as ada, with the stand-in
 * network's latency on every upstream call. Each load is a fresh browser context (a first
 * visit: nothing cached); the figure is the median over the rounds.
 */
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { benchConfig, seed } from './config';
import { measured } from './measured';
import type { Cell, Table } from './readme';
import type { Stack } from './stack';
import { longestMainThreadTask, type TraceEvent } from './trace-tasks';

export const paintPages = [
  '/jobs',
  '/jobs?page=3&page_size=100',
  `/jobs/${seed.doeJobId}`,
  `/jobs/${seed.doeJobId}?tab=runs`,
  '/files',
  '/jobs/new',
] as const;

/** A modest laptop, as Chrome DevTools' "4× slowdown" preset has it. */
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1280, height: 800 };
/**
 * How long layout shifts are still counted once the network is quiet: what a page loads
 * after its first data (the jobs page's Running now strip, on the live scheduler's first
 * turn) moves what is already on screen too.
 */
const SETTLE_MS = 3_000;

export type PaintLoad = { lcpMs: number; longestTaskMs: number; layoutShift: number };

/**
 * The session cookies as the browser holds them: `__Host-` names must be Secure, host-only
 * and on `/`, which Chromium accepts on 127.0.0.1 over http (a `url` would make them insecure).
 */
export function cookiesFor(appUrl: string, header: string) {
  const domain = new URL(appUrl).hostname;
  return header.split('; ').map((pair) => {
    const separator = pair.indexOf('=');
    return {
      name: pair.slice(0, separator),
      value: pair.slice(separator + 1),
      domain,
      path: '/',
      secure: true,
      httpOnly: true,
    };
  });
}

async function traced<T>(
  cdp: CDPSession,
  during: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await during();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  return { result, events };
}

/**
 * The last LCP entry once every paint so far has been reported. Read straight after the
 * network went idle, the init script's observer could still be waiting for the entry of a
 * paint that had just happened (content React revealed behind the hydration scripts): two
 * frames later a fresh buffered observer is handed every entry.
 */
function settledLcp(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? 0);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
    );
  });
}

/**
 * Every layout shift since navigation that no input caused, summed: the page's cumulative
 * layout shift, for a load this short. A buffered observer is handed nothing when nothing
 * shifted, so its records are taken once two frames have passed.
 */
function layoutShiftSoFar(): Promise<number> {
  type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };
  return new Promise((resolve) => {
    const entries: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        entries.push(...observer.takeRecords());
        observer.disconnect();
        const shifts = entries as LayoutShift[];
        resolve(shifts.reduce((sum, shift) => (shift.hadRecentInput ? sum : sum + shift.value), 0));
      }),
    );
  });
}

async function loadOnce(browser: Browser, appUrl: string, cookie: string, path: string): Promise<PaintLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addCookies(cookiesFor(appUrl, cookie));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const { result: lcp, events } = await traced(cdp, async () => {
      const res = await page.goto(appUrl + path, { waitUntil: 'load' });
      if (res?.status() !== 200) throw new Error(`${path} answered ${res?.status()}`);
      // What the page does after load (hydration, lookups, deferred chunks) counts too.
      await page.waitForLoadState('networkidle');
      return page.evaluate(settledLcp);
    });
    if (!(lcp > 0)) throw new Error(`${path}: no largest contentful paint was reported`);
    await page.waitForTimeout(SETTLE_MS);
    const layoutShift = await page.evaluate(layoutShiftSoFar);
    return { lcpMs: lcp, longestTaskMs: longestMainThreadTask(events), layoutShift };
  } finally {
    await context.close();
  }
}

export async function measurePaint(
  stack: Stack,
): Promise<{ table: Table; lcpMs: Map<string, number>; worstLcpMs: number }> {
  const { rounds, addedLatencyMs } = benchConfig;
  await stack.control.setLatency(addedLatencyMs);
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const loads = new Map<string, PaintLoad[]>();
  try {
    // A first load of every page warms the server's route modules; it is not counted.
    for (const path of paintPages) await loadOnce(browser, stack.appUrl, stack.cookies.ada, path);
    for (let round = 0; round < rounds; round++) {
      for (const path of paintPages) {
        loads.set(path, [
          ...(loads.get(path) ?? []),
          await loadOnce(browser, stack.appUrl, stack.cookies.ada, path),
        ]);
      }
      console.log(`  paint round ${round + 1}/${rounds} done`);
    }
  } finally {
    await browser.close();
  }
  const lcpMs = new Map<string, number>();
  const rows: Cell[][] = paintPages.map((path) => {
    const all = loads.get(path) ?? [];
    const lcp = measured(
      all.map((load) => load.lcpMs / 1000),
      's',
      2,
    );
    lcpMs.set(path, lcp.summary.median * 1000);
    return [
      `\`${path}\``,
      lcp,
      measured(
        all.map((load) => load.longestTaskMs),
        'ms',
        0,
      ),
      measured(
        all.map((load) => load.layoutShift),
        '',
        3,
      ),
    ];
  });
  return {
    table: {
      title: 'Paint on a slow laptop',
      note:
        `Chromium with the CPU slowed ${CPU_SLOWDOWN}× (\`Emulation.setCPUThrottlingRate\`), a ` +
        `${VIEWPORT.width}×${VIEWPORT.height} window, signed in as ada, ${addedLatencyMs} ms added to ` +
        'every upstream call; each load in a fresh browser context, after one uncounted warm-up load ' +
        'of every page. LCP from the `largest-contentful-paint` entries; the longest task is the ' +
        "longest `RunTask` on the renderer's main thread in a devtools timeline trace, from navigation " +
        'until the network has been idle for half a second (hydration, lookups and chunks loaded on ' +
        'demand included). Layout shift is the sum of the `layout-shift` entries no input caused, read ' +
        `${SETTLE_MS / 1000} s after the network went idle: the page's cumulative layout shift ` +
        '(0.1 and under is good, by ' +
        "[web.dev's measure](https://web.dev/articles/cls)).",
      columns: ['page', 'LCP', 'longest main-thread task', 'layout shift'],
      rows,
    },
    lcpMs,
    worstLcpMs: Math.max(...lcpMs.values()),
  };
}
