import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestMainThreadTask } from './trace-tasks';

const thread = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
const task = (pid: number, tid: number, durMicros: number) => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  dur: durMicros,
});

test('the longest task counts only renderer main threads', () => {
  const events = [
    thread(1, 10, 'CrRendererMain'),
    thread(1, 11, 'Compositor'),
    thread(2, 20, 'CrBrowserMain'),
    task(1, 10, 42_000),
    task(1, 10, 130_500),
    task(1, 11, 900_000),
    task(2, 20, 800_000),
  ];
  assert.equal(longestMainThreadTask(events), 130.5);
});

test('a trace without main-thread tasks has a longest task of zero', () => {
  assert.equal(longestMainThreadTask([thread(1, 10, 'CrRendererMain'), task(1, 11, 5_000)]), 0);
});
