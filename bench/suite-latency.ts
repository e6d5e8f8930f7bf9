/**
 * Figure 1: what each proxy adds to the latency of a jobs page, at 1, 16 and 64 clients,
 * beside the latency of the app's health route: Next's own floor, with no upstream call.
 */
import { rescalePaths } from '../lib/rescale/paths';
import { benchConfig } from './config';
import { runLoad, type LoadResult } from './load';
import { measured, rotate } from './measured';
import type { Cell, Table } from './readme';
import type { Stack, TargetName } from './stack';
import { perRound, summarize } from './stats';

export async function measureLatency(stack: Stack): Promise<{ table: Table; appAddedP50At16: number }> {
  const { rounds, loadSeconds, latencyClients, addedLatencyMs } = benchConfig;
  await stack.control.setLatency(addedLatencyMs);
  const resource = rescalePaths.jobs({ page_size: 25 });
  for (const target of stack.targets) {
    await runLoad({ url: target.url(resource), connections: 16, seconds: 1, headers: target.headers });
  }

  const results = new Map<string, LoadResult[]>();
  const at = (clients: number, target: TargetName) => results.get(`${clients}:${target}`) ?? [];
  for (let round = 0; round < rounds; round++) {
    for (const clients of latencyClients) {
      for (const target of rotate(stack.targets, round)) {
        const result = await runLoad({
          url: target.url(resource),
          connections: clients,
          seconds: loadSeconds,
          headers: target.headers,
        });
        results.set(`${clients}:${target.name}`, [...at(clients, target.name), result]);
      }
      console.log(`  latency round ${round + 1}/${rounds}, ${clients} clients done`);
    }
  }

  const p50 = (clients: number, target: TargetName) => at(clients, target).map((r) => r.p50Ms);
  const p99 = (clients: number, target: TargetName) => at(clients, target).map((r) => r.p99Ms);
  const added = (series: (c: number, t: TargetName) => number[], clients: number, target: TargetName) =>
    measured(
      perRound(series(clients, target), series(clients, 'direct'), (a, b) => a - b),
      'ms',
      2,
    );
  const rows: Cell[][] = latencyClients.map((clients) => [
    String(clients),
    measured(p50(clients, 'direct'), 'ms', 1),
    measured(p99(clients, 'direct'), 'ms', 1),
    added(p50, clients, 'floor'),
    added(p99, clients, 'floor'),
    added(p50, clients, 'app'),
    added(p99, clients, 'app'),
    measured(p50(clients, 'health'), 'ms', 2),
    measured(p99(clients, 'health'), 'ms', 2),
  ]);
  return {
    table: {
      title: 'Added latency',
      note:
        `\`GET /api/v2/jobs/?page_size=25\` as ada, with ${addedLatencyMs} ms added by the sandbox to every ` +
        `call (the stand-in network), ${loadSeconds} s per measurement. "Added" is the figure minus ` +
        'direct within the same round, so machine noise cancels. The health route (`GET /api/health`, a ' +
        "route handler that does nothing) is Next's own floor: its latency is whole, with no upstream call.",
      columns: [
        'clients',
        'direct p50',
        'direct p99',
        'floor adds p50',
        'floor adds p99',
        'app adds p50',
        'app adds p99',
        'health route p50',
        'health route p99',
      ],
      rows,
    },
    appAddedP50At16: summarize(perRound(p50(16, 'app'), p50(16, 'direct'), (a, b) => a - b)).median,
  };
}
