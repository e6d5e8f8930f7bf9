/**
 * Counts calls per key over a rolling hour, in one-minute buckets, so memory stays
 * at most sixty numbers per key however busy the key is. Pure and clock-injected;
 * `call-budget.ts` holds the server's one instance.
 */

const HOUR_MS = 60 * 60_000;
const BUCKET_MS = 60_000;

export type CallCounter = {
  record: (id: string) => void;
  countLastHour: (id: string) => number;
};

export function createCallCounter(now: () => number = Date.now): CallCounter {
  const buckets = new Map<string, Map<number, number>>();

  function prune(perMinute: Map<number, number>, current: number) {
    for (const minute of perMinute.keys()) {
      if (minute <= current - HOUR_MS / BUCKET_MS) perMinute.delete(minute);
    }
  }

  return {
    record(id) {
      const minute = Math.floor(now() / BUCKET_MS);
      const perMinute = buckets.get(id) ?? new Map<number, number>();
      prune(perMinute, minute);
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
      buckets.set(id, perMinute);
    },
    countLastHour(id) {
      const perMinute = buckets.get(id);
      if (!perMinute) return 0;
      const minute = Math.floor(now() / BUCKET_MS);
      prune(perMinute, minute);
      if (perMinute.size === 0) buckets.delete(id);
      let total = 0;
      for (const count of perMinute.values()) total += count;
      return total;
    },
  };
}

/**
 * The `X-RateLimit-*` pair to add for the browser when Rescale sent none: an estimate
 * from the calls this server made with the key in the last hour. Rescale's own
 * headers, when present, pass through untouched and nothing is added.
 */
export function rateLimitHeaders(
  upstream: Headers,
  callsLastHour: number,
  hourlyLimit: number,
): Record<string, string> {
  if (upstream.has('x-ratelimit-limit') || upstream.has('x-ratelimit-remaining')) return {};
  return {
    'x-ratelimit-limit': String(hourlyLimit),
    'x-ratelimit-remaining': String(Math.max(0, hourlyLimit - callsLastHour)),
  };
}
