/** Reading a Chromium devtools timeline trace (the events `Tracing.dataCollected` delivers). */

export type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
};

/** The longest task on a renderer's main thread in a devtools timeline trace, in milliseconds. */
export function longestMainThreadTask(events: readonly TraceEvent[]): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)) {
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
    }
  }
  return longest;
}
