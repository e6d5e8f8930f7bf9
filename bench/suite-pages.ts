/**
 * Figure 4 and issues 4, 5 and 17: the server response time of the jobs table and of a job
 * page (the whole HTML document, with the stand-in network latency on every upstream
 * call), how many upstream calls and key derivations one view of each costs, and how soon
 * the job page's content reaches the browser beside its whole document.
 */
import { rescalePaths } from '../lib/rescale/paths';
import { benchConfig, seed } from './config';
import { runLoad } from './load';
import { measured } from './measured';
import type { Cell, Table } from './readme';
import { treeCpuMs } from './rss';
import type { Stack } from './stack';
import { quantile, summarize } from './stats';
import { timeEachOnce, timeToContent, type ContentTarget } from './time-to-content';

type Page = { path: string; account: 'ada' | 'bulk' };
const jobPage: Page = { path: `/jobs/${seed.doeJobId}`, account: 'ada' };
const pages: Page[] = [
  { path: '/jobs?page_size=10', account: 'ada' },
  { path: '/jobs?page_size=100', account: 'ada' },
  { path: '/jobs?page_size=10', account: 'bulk' },
  { path: '/jobs?page_size=100', account: 'bulk' },
  jobPage,
];
const jobCounts = { ada: 'ada (520 jobs)', bulk: 'bulk (10,000 jobs)' };
/** Views and proxied calls counted for key derivations, after one that may open a seal first. */
const DERIVATION_SAMPLE = 10;
/** Job pages viewed for the first time in each round. */
const FIRST_VIEWS = 30;

export type PagesFigures = {
  table: Table;
  jobPageTable: Table;
  /** The most key derivations any page view made, and a repeated proxied call. */
  derivationsPerView: number;
  derivationsPerProxiedCall: number;
  /** The job page's whole document: the median over the rounds of each round's p50. */
  jobPageWholeP50Ms: number;
};

async function view(stack: Stack, page: Page): Promise<void> {
  const res = await fetch(stack.appUrl + page.path, {
    headers: { cookie: stack.cookies[page.account] },
    redirect: 'manual',
  });
  await res.text();
  if (res.status !== 200) throw new Error(`${page.path} as ${page.account} answered ${res.status}`);
}

async function upstreamCallsOfOneView(stack: Stack, page: Page): Promise<number> {
  const key = seed[page.account].key;
  const before = await stack.control.callsOf(key);
  await view(stack, page);
  return (await stack.control.callsOf(key)) - before;
}

/** Key derivations per repetition of `act`, once it has run a first time. */
async function derivationsEach(stack: Stack, act: () => Promise<void>): Promise<number> {
  await act();
  const before = stack.derivations();
  for (let index = 0; index < DERIVATION_SAMPLE; index += 1) await act();
  return (stack.derivations() - before) / DERIVATION_SAMPLE;
}

async function proxiedCall(stack: Stack): Promise<void> {
  const app = stack.targets.find((target) => target.name === 'app');
  if (!app) throw new Error('the stack has no app target');
  const res = await fetch(app.url(rescalePaths.jobs({ page_size: 5 })), { headers: app.headers });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`a proxied call answered ${res.status}`);
}

const median = (values: number[]) => summarize(values).median;

/**
 * Job pages of ada's that no view so far has shown, a round's worth for each round: from
 * the second hundred of her jobs on (the table views above list the first hundred), named
 * plainly so that the name reads the same in the HTML.
 */
async function unseenJobPages(stack: Stack): Promise<ContentTarget[][]> {
  const direct = stack.targets.find((target) => target.name === 'direct');
  if (!direct) throw new Error('the stack has no direct target');
  const targets: ContentTarget[] = [];
  for (let page = 2; targets.length < benchConfig.rounds * FIRST_VIEWS; page += 1) {
    const res = await fetch(direct.url(rescalePaths.jobs({ page, page_size: 100 })), {
      headers: direct.headers,
    });
    if (!res.ok) throw new Error(`listing ada's jobs, page ${page}, answered ${res.status}`);
    const { results } = (await res.json()) as { results: Array<{ id: string; name: string }> };
    if (results.length === 0) throw new Error(`ada has too few jobs for ${FIRST_VIEWS} first views a round`);
    for (const { id, name } of results) {
      if (/^[\w .-]+$/.test(name)) targets.push({ url: `${stack.appUrl}/jobs/${id}`, marker: name });
    }
  }
  return Array.from({ length: benchConfig.rounds }, (_, round) =>
    targets.slice(round * FIRST_VIEWS, (round + 1) * FIRST_VIEWS),
  );
}

export async function measurePages(stack: Stack): Promise<PagesFigures> {
  const { rounds, loadSeconds, addedLatencyMs } = benchConfig;
  await stack.control.setLatency(addedLatencyMs);
  const calls = new Map<Page, number>();
  const derivations = new Map<Page, number>();
  for (const page of pages) {
    calls.set(page, await upstreamCallsOfOneView(stack, page));
    derivations.set(page, await derivationsEach(stack, () => view(stack, page)));
  }
  const derivationsPerProxiedCall = await derivationsEach(stack, () => proxiedCall(stack));

  const p50 = new Map<Page, number[]>();
  const p99 = new Map<Page, number[]>();
  const cpu = new Map<Page, number[]>();
  const contentP50: number[] = [];
  const contentP99: number[] = [];
  const wholeP50: number[] = [];
  const wholeP99: number[] = [];
  const firstViewP50: number[] = [];
  const firstViewP99: number[] = [];
  const firstViews = await unseenJobPages(stack);
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
    const times = await timeToContent({
      url: stack.appUrl + jobPage.path,
      headers: { cookie: stack.cookies[jobPage.account] },
      marker: seed.doeJobName,
      seconds: loadSeconds,
    });
    contentP50.push(quantile(times.contentMs, 0.5));
    contentP99.push(quantile(times.contentMs, 0.99));
    wholeP50.push(quantile(times.wholeMs, 0.5));
    wholeP99.push(quantile(times.wholeMs, 0.99));
    const first = await timeEachOnce(firstViews[round] ?? [], { cookie: stack.cookies.ada });
    firstViewP50.push(quantile(first.wholeMs, 0.5));
    firstViewP99.push(quantile(first.wholeMs, 0.99));
    console.log(`  pages round ${round + 1}/${rounds} done`);
  }
  const rows: Cell[][] = pages.map((page) => [
    `\`${page.path}\``,
    jobCounts[page.account],
    measured(p50.get(page) ?? [], 'ms', 1),
    measured(p99.get(page) ?? [], 'ms', 1),
    measured(cpu.get(page) ?? [], 'ms', 1),
    String(calls.get(page)),
    String(derivations.get(page)),
  ]);
  return {
    table: {
      title: 'Pages',
      note:
        `Server response time of the whole HTML document, one client, ${loadSeconds} s per measurement, ` +
        `with ${addedLatencyMs} ms added to every upstream call. Upstream calls are counted by the sandbox ` +
        "for one view. App CPU per view is the server's user and system time per document, which the " +
        'load of other processes on the machine barely changes. Key derivations (PBKDF2, counted in the app ' +
        `server) are per view over ${DERIVATION_SAMPLE} views after a first; a repeated proxied call ` +
        `(\`GET v2/jobs/?page_size=5\`) made ${derivationsPerProxiedCall} each.`,
      columns: [
        'page',
        'account',
        'p50',
        'p99',
        'app CPU per view',
        'upstream calls per view',
        'key derivations per view',
      ],
      rows,
    },
    jobPageTable: {
      title: 'The job page: its content, then the whole document',
      note:
        `\`${jobPage.path}\` as ${jobPage.account}, one client, requests one after another for ${loadSeconds} s, ` +
        `with ${addedLatencyMs} ms added to every upstream call. "Content" is the time from sending the ` +
        "request to the first byte of the job's name in the answer, which the page's first flush carries; " +
        '"whole" is the last byte of the document. A job this viewer has seen before (here, every view ' +
        'after the first) has its name remembered, so the creation-date and sharing search starts with the ' +
        `job's other calls; a first view waits for the job's name, measured on ${FIRST_VIEWS} of ada's jobs ` +
        'a round that no view had shown.',
      columns: ['until', 'p50', 'p99'],
      rows: [
        ["content (the job's name)", measured(contentP50, 'ms', 1), measured(contentP99, 'ms', 1)],
        ['whole document', measured(wholeP50, 'ms', 1), measured(wholeP99, 'ms', 1)],
        [
          "whole document, a job's first view",
          measured(firstViewP50, 'ms', 1),
          measured(firstViewP99, 'ms', 1),
        ],
      ],
    },
    derivationsPerView: Math.max(...derivations.values()),
    derivationsPerProxiedCall,
    jobPageWholeP50Ms: median(wholeP50),
  };
}
