/** Samples this process's resident memory while a transfer runs, to prove it stays flat. */
export type MemoryWatch = {
  sample: () => void;
  stop: () => { baselineMiB: number; peakMiB: number; growthMiB: number };
};

const MiB = 1024 * 1024;

export function watchMemory(intervalMs = 20): MemoryWatch {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return {
        baselineMiB: Math.round(baseline / MiB),
        peakMiB: Math.round(peak / MiB),
        growthMiB: Math.round((peak - baseline) / MiB),
      };
    },
  };
}
