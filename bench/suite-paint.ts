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

export type PaintLoad = { lcpMs: number; longestTaskMs: number };

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
    return { lcpMs: lcp, longestTaskMs: longestMainThreadTask(events) };
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
        'demand included).',
      columns: ['page', 'LCP', 'longest main-thread task'],
      rows,
    },
    lcpMs,
    worstLcpMs: Math.max(...lcpMs.values()),
  };
}
