/**
 * Figure 4 and issues 4 and 5: the server response time of the jobs table and of a job
 * page (the whole HTML document, with the stand-in network latency on every upstream
 * call), and how many upstream calls one view of each costs.
 */
import { benchConfig, seed } from './config';
import { runLoad } from './load';
import { measured } from './measured';
import type { Cell, Table } from './readme';
import { treeCpuMs } from './rss';
import type { Stack } from './stack';

type Page = { path: string; account: 'ada' | 'bulk' };
const pages: Page[] = [
  { path: '/jobs?page_size=10', account: 'ada' },
  { path: '/jobs?page_size=100', account: 'ada' },
  { path: '/jobs?page_size=10', account: 'bulk' },
  { path: '/jobs?page_size=100', account: 'bulk' },
  { path: `/jobs/${seed.doeJobId}`, account: 'ada' },
];
const jobCounts = { ada: 'ada (520 jobs)', bulk: 'bulk (10,000 jobs)' };

async function upstreamCallsOfOneView(stack: Stack, page: Page): Promise<number> {
  const key = seed[page.account].key;
  const before = await stack.control.callsOf(key);
  const res = await fetch(stack.appUrl + page.path, {
    headers: { cookie: stack.cookies[page.account] },
    redirect: 'manual',
  });
  await res.text();
  if (res.status !== 200) throw new Error(`${page.path} as ${page.account} answered ${res.status}`);
  return (await stack.control.callsOf(key)) - before;
}

export async function measurePages(stack: Stack): Promise<{ table: Table }> {
  const { rounds, loadSeconds, addedLatencyMs } = benchConfig;
  await stack.control.setLatency(addedLatencyMs);
  const calls = new Map<Page, number>();
  for (const page of pages) calls.set(page, await upstreamCallsOfOneView(stack, page));

  const p50 = new Map<Page, number[]>();
  const p99 = new Map<Page, number[]>();
  const cpu = new Map<Page, number[]>();
  const appPids = stack.targets.find((t) => t.name === 'app')?.pids ?? [];
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      const cpuBefore = treeCpuMs(appPids);
      const result = await runLoad({
        url: stack.appUrl + page.path,
        connections: 1,
        seconds: loadSeconds,
        headers: { cookie: stack.cookies[page.account] },
      });
      p50.set(page, [...(p50.get(page) ?? []), result.p50Ms]);
      p99.set(page, [...(p99.get(page) ?? []), result.p99Ms]);
      cpu.set(page, [...(cpu.get(page) ?? []), (treeCpuMs(appPids) - cpuBefore) / result.requests]);
    }
    console.log(`  pages round ${round + 1}/${rounds} done`);
  }
  const rows: Cell[][] = pages.map((page) => [
    `\`${page.path}\``,
    jobCounts[page.account],
    measured(p50.get(page) ?? [], 'ms', 1),
    measured(p99.get(page) ?? [], 'ms', 1),
    measured(cpu.get(page) ?? [], 'ms', 1),
    String(calls.get(page)),
  ]);
  return {
    table: {
      title: 'Pages',
      note:
        `Server response time of the whole HTML document, one client, ${loadSeconds} s per measurement, ` +
        `with ${addedLatencyMs} ms added to every upstream call. Upstream calls are counted by the sandbox ` +
        "for one view. App CPU per view is the server's user and system time per document, which the " +
        'load of other processes on the machine barely changes.',
      columns: ['page', 'account', 'p50', 'p99', 'app CPU per view', 'upstream calls per view'],
      rows,
    },
  };
}
