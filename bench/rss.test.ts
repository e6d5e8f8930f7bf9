import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { processTree, readRssBytes, sampleRss, treeCpuMs } from './rss';

test('the resident memory of this process is read from /proc in bytes', () => {
  const rss = readRssBytes(process.pid);
  assert.ok(rss > 10 * 1024 * 1024, `rss ${rss} looks too small for node`);
  assert.ok(Math.abs(rss - process.memoryUsage().rss) < 64 * 1024 * 1024);
});

test('the process tree includes children of the root', async (t) => {
  const child = spawn('sleep', ['5']);
  t.after(() => child.kill());
  await new Promise((resolve) => child.once('spawn', resolve));
  const tree = processTree(process.pid);
  assert.equal(tree[0], process.pid);
  assert.ok(tree.includes(child.pid as number));
});

test('the sampler reports a peak no lower than the memory at start', () => {
  const before = readRssBytes(process.pid);
  const result = sampleRss([process.pid]).stop();
  assert.ok(result.peakBytes >= before * 0.9);
  assert.ok(result.samples >= 2);
});

test('the CPU time of a process grows while it computes', () => {
  const before = treeCpuMs([process.pid]);
  // However busy the machine, spinning for up to five seconds earns some CPU time.
  const until = Date.now() + 5000;
  while (Date.now() < until && treeCpuMs([process.pid]) - before < 30);
  assert.ok(treeCpuMs([process.pid]) - before >= 30);
});
