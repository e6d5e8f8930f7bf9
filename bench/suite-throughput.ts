/**
 * Figure 2: requests per second at 64 clients with no added latency; app as a share of the
 * floor, beside the app's health route (Next's own floor: a route handler that does nothing).
 */
import { rescalePaths } from '../lib/rescale/paths';
import { benchConfig } from './config';
import { runLoad } from './load';
import { measured, rotate } from './measured';
import type { Table } from './readme';
import type { Stack, TargetName } from './stack';
import { treeCpuMs } from './rss';
import { perRound, summarize } from './stats';

export async function measureThroughput(
  stack: Stack,
): Promise<{ table: Table; appShareOfFloor: number; sandboxRps: number }> {
  const { rounds, loadSeconds, throughputClients } = benchConfig;
  await stack.control.setLatency(0);
  const resource = rescalePaths.jobs({ page_size: 25 });
  const rps: Record<TargetName, number[]> = { direct: [], floor: [], app: [], health: [] };
  const cpu: Record<TargetName, number[]> = { direct: [], floor: [], app: [], health: [] };
  for (let round = 0; round < rounds; round++) {
    for (const target of rotate(stack.targets, round)) {
      const cpuBefore = treeCpuMs(target.pids);
      const result = await runLoad({
        url: target.url(resource),
        connections: throughputClients,
        seconds: loadSeconds,
        headers: target.headers,
      });
      rps[target.name].push(result.requestsPerSecond);
      cpu[target.name].push((treeCpuMs(target.pids) - cpuBefore) / result.requests);
    }
    console.log(`  throughput round ${round + 1}/${rounds} done`);
  }
  const share = (a: number[], b: number[]) => perRound(a, b, (x, y) => (100 * x) / y);
  return {
    table: {
      title: 'Throughput',
      note:
        `\`GET /api/v2/jobs/?page_size=25\` as ada, ${throughputClients} clients, no added latency, ${loadSeconds} s ` +
        "per measurement. The direct row is the sandbox's own rate. CPU per request is the user and system " +
        "time of the serving process (the sandbox for direct, the proxy's own process otherwise) divided by " +
        'the requests it answered: the cost of each proxy, which the load of other processes on the machine barely changes. ' +
        "The health route (`GET /api/health`, no session, no upstream call) is Next's own floor.",
      columns: ['target', 'requests/s', 'share of floor', 'CPU per request'],
      rows: [
        [
          'direct (sandbox)',
          measured(rps.direct, 'req/s', 0),
          measured(share(rps.direct, rps.floor), '%', 1),
          measured(cpu.direct, 'ms', 2),
        ],
        ['floor', measured(rps.floor, 'req/s', 0), '100%', measured(cpu.floor, 'ms', 2)],
        [
          'app',
          measured(rps.app, 'req/s', 0),
          measured(share(rps.app, rps.floor), '%', 1),
          measured(cpu.app, 'ms', 2),
        ],
        [
          'app health route',
          measured(rps.health, 'req/s', 0),
          measured(share(rps.health, rps.floor), '%', 1),
          measured(cpu.health, 'ms', 2),
        ],
      ],
    },
    appShareOfFloor: summarize(share(rps.app, rps.floor)).median,
    sandboxRps: summarize(rps.direct).median,
  };
}
