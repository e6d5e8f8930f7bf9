/**
 * Resident memory and CPU time of a process tree, read from /proc. The app server is
 * sampled while bodies stream through it; its peak above idle is the memory a stream
 * costs. CPU time per request is the cost of a proxy that machine noise barely changes.
 */
import { readFileSync, readdirSync } from 'node:fs';

export function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The pid and all its descendants, found once: the server's tree is stable once it is up. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name may contain spaces; the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function treeRssBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += readRssBytes(pid);
    } catch {
      // A process that exited holds no memory.
    }
  }
  return total;
}

export type RssSampler = { stop(): { peakBytes: number; samples: number } };

export function sampleRss(pids: readonly number[], intervalMs = 25): RssSampler {
  let peakBytes = treeRssBytes(pids);
  let samples = 1;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, treeRssBytes(pids));
    samples++;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peakBytes = Math.max(peakBytes, treeRssBytes(pids));
      return { peakBytes, samples: samples + 1 };
    },
  };
}

/** User plus system CPU time the processes have used so far, in milliseconds. */
export function treeCpuMs(pids: readonly number[]): number {
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A process that exited uses no more CPU.
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}
