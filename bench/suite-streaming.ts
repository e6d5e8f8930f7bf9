/**
 * Figure 3 and issue 6: large bodies through each target, and the app server's resident
 * memory above idle while they pass. Idle is taken once, before the first stream, so a
 * later stream is also charged with whatever an earlier one left behind.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { rescalePaths } from '../lib/rescale/paths';
import { benchConfig, seed } from './config';
import { measured, rotate } from './measured';
import type { Cell, Table } from './readme';
import { processTree, sampleRss, treeCpuMs } from './rss';
import type { Stack, Target, TargetName } from './stack';
import { GiB, MiB, download, upload, type Transfer } from './streams';
import { perRound, summarize } from './stats';

type Kind = 'download 1 GiB' | 'upload 1 GiB' | 'upload 2 GiB';
/** The 2 GiB upload (issue 6) runs in the first round only: it is the slowest figure of the bench. */
const kinds: { kind: Kind; targets: TargetName[]; everyRound: boolean }[] = [
  { kind: 'download 1 GiB', targets: ['direct', 'floor', 'app'], everyRound: true },
  { kind: 'upload 1 GiB', targets: ['direct', 'floor', 'app'], everyRound: true },
  { kind: 'upload 2 GiB', targets: ['direct', 'app'], everyRound: false },
];

async function send(kind: Kind, target: Target): Promise<Transfer> {
  if (kind === 'download 1 GiB') {
    return download(target.url(rescalePaths.fileContents(seed.bigFileId)), target.headers, seed.bigFileBytes);
  }
  const bytes = kind === 'upload 1 GiB' ? GiB : 2 * GiB;
  const result = await upload(
    target.url(rescalePaths.fileUpload()),
    target.headers,
    bytes,
    `bench-${bytes / GiB}gib.bin`,
  );
  const stored = (result.response as { decryptedSize?: unknown } | null)?.decryptedSize;
  if (stored !== bytes)
    throw new Error(`${kind} through ${target.name}: the platform stored ${String(stored)} bytes`);
  return result;
}

export type StreamingFigures = {
  table: Table;
  idleMiB: number;
  shareOfDirect: Record<'download' | 'upload', number>;
  /** The highest round: a peak is a worst case. */
  peakAboveIdleMiB: Record<Kind, number>;
};

export async function measureStreaming(stack: Stack): Promise<StreamingFigures> {
  await stack.control.setLatency(0);
  const pids = processTree(stack.app.pid);
  await sleep(500);
  const idle = sampleRss(pids);
  await sleep(1000);
  const idleBytes = idle.stop().peakBytes;

  const speed = new Map<string, number[]>();
  const peak = new Map<Kind, number[]>();
  const cpuSeconds = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, value: number) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (let round = 0; round < benchConfig.streamRounds; round++) {
    for (const { kind, targets, everyRound } of kinds) {
      if (!everyRound && round > 0) continue;
      for (const target of rotate(
        stack.targets.filter((t) => targets.includes(t.name)),
        round,
      )) {
        const sampler = target.name === 'app' ? sampleRss(pids) : null;
        const cpuBefore = treeCpuMs(target.pids);
        const result = await send(kind, target);
        if (sampler) add(peak, kind, (sampler.stop().peakBytes - idleBytes) / MiB);
        add(speed, `${kind}:${target.name}`, result.mibPerSecond);
        add(
          cpuSeconds,
          `${kind}:${target.name}`,
          (treeCpuMs(target.pids) - cpuBefore) / 1000 / (result.bytes / GiB),
        );
        console.log(
          `    ${kind} ${target.name}: ${result.mibPerSecond.toFixed(0)} MiB/s in ${result.seconds.toFixed(1)} s`,
        );
        if (kind !== 'download 1 GiB') {
          await stack.control.reset();
          await stack.control.liftLimits();
        }
      }
    }
    console.log(`  streaming round ${round + 1}/${benchConfig.streamRounds} done`);
  }

  const mibps = (kind: Kind, target: TargetName) => speed.get(`${kind}:${target}`) ?? [];
  const share = (kind: Kind) => perRound(mibps(kind, 'app'), mibps(kind, 'direct'), (a, b) => (100 * a) / b);
  const rows: Cell[][] = kinds.map(({ kind, targets }) => [
    kind,
    measured(mibps(kind, 'direct'), 'MiB/s', 0),
    targets.includes('floor') ? measured(mibps(kind, 'floor'), 'MiB/s', 0) : null,
    measured(mibps(kind, 'app'), 'MiB/s', 0),
    measured(share(kind), '%', 1),
    measured(peak.get(kind) ?? [], 'MiB', 1),
    targets.includes('floor') ? measured(cpuSeconds.get(`${kind}:floor`) ?? [], 's', 2) : null,
    measured(cpuSeconds.get(`${kind}:app`) ?? [], 's', 2),
  ]);
  return {
    table: {
      title: 'Streaming',
      note:
        `As ada, no added latency; ${benchConfig.streamRounds} rounds of the 1 GiB transfers, the 2 GiB upload ` +
        `once. Downloads read file \`${seed.bigFileId}\` (1 GiB); uploads send one ` +
        'multipart file of random bytes to `files/contents/`. Memory is the resident set of the app ' +
        `server's process tree, sampled every 25 ms, above its idle ${(idleBytes / MiB).toFixed(0)} MiB ` +
        "measured before the first stream. CPU per GiB is the proxy process's user and system time " +
        'per gibibyte passed: its cost, which the load of other processes barely changes.',
      columns: [
        'transfer',
        'direct',
        'floor',
        'app',
        'app share of direct',
        'app peak memory above idle',
        'floor CPU per GiB',
        'app CPU per GiB',
      ],
      rows,
    },
    idleMiB: idleBytes / MiB,
    shareOfDirect: {
      download: summarize(share('download 1 GiB')).median,
      upload: summarize(share('upload 1 GiB')).median,
    },
    peakAboveIdleMiB: {
      'download 1 GiB': summarize(peak.get('download 1 GiB') ?? []).max,
      'upload 1 GiB': summarize(peak.get('upload 1 GiB') ?? []).max,
      'upload 2 GiB': summarize(peak.get('upload 2 GiB') ?? []).max,
    },
  };
}
