/** Figure 2: requests per second at 64 clients with no added latency; app as a share of the floor. */
import { rescalePaths } from '../lib/rescale/paths.ts';
import { benchConfig } from './config.ts';
import { runLoad } from './load.ts';
import { measured, rotate } from './measured.ts';
import type { Table } from './readme.ts';
import type { Stack, TargetName } from './stack.ts';
import { perRound, summarize } from './stats.ts';

export async function measureThroughput(stack: Stack): Promise<{ table: Table; appShareOfFloor: number; sandboxRps: number }> {
  const { rounds, loadSeconds, throughputClients } = benchConfig;
  await stack.control.setLatency(0);
  const resource = rescalePaths.jobs({ page_size: 25 });
  const rps: Record<TargetName, number[]> = { direct: [], floor: [], app: [] };
  for (let round = 0; round < rounds; round++) {
    for (const target of rotate(stack.targets, round)) {
      const result = await runLoad({ url: target.url(resource), connections: throughputClients, seconds: loadSeconds, headers: target.headers });
      rps[target.name].push(result.requestsPerSecond);
    }
    console.log(`  throughput round ${round + 1}/${rounds} done`);
  }
  const share = (a: number[], b: number[]) => perRound(a, b, (x, y) => (100 * x) / y);
  return {
    table: {
      title: 'Throughput',
      note: `\`GET /api/v2/jobs/?page_size=25\` as ada, ${throughputClients} clients, no added latency, ${loadSeconds} s per measurement. The direct row is the sandbox's own rate.`,
      columns: ['target', 'requests/s', 'share of floor'],
      rows: [
        ['direct (sandbox)', measured(rps.direct, 'req/s', 0), measured(share(rps.direct, rps.floor), '%', 1)],
        ['floor', measured(rps.floor, 'req/s', 0), '100%'],
        ['app', measured(rps.app, 'req/s', 0), measured(share(rps.app, rps.floor), '%', 1)],
      ],
    },
    appShareOfFloor: summarize(share(rps.app, rps.floor)).median,
    sandboxRps: summarize(rps.direct).median,
  };
}
