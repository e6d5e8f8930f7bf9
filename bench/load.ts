/**
 * One load measurement with autocannon: a fixed number of concurrent keep-alive clients
 * for a fixed time. Response times are taken from autocannon's per-response event, which
 * has sub-millisecond resolution (its own histogram rounds to whole milliseconds, too
 * coarse for a 2 ms aim).
 */
import autocannon from 'autocannon';
import { quantile } from './stats';

export type LoadResult = {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
};

export async function runLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
    timeout: 10,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    if (statusCode >= 200 && statusCode < 300) times.push(responseTimeMs);
  });
  const result = await instance;
  const failed = [...statuses].filter(([status]) => status < 200 || status >= 300);
  if (failed.length > 0 || result.errors > 0 || times.length === 0) {
    const detail = failed.map(([status, count]) => `${count}× ${status}`).join(', ');
    throw new Error(
      `load on ${options.url} was not clean: ${times.length} ok, ${detail || 'no bad status'}, ` +
        `${result.errors} errors (${result.timeouts} timeouts)`,
    );
  }
  return {
    requests: times.length,
    requestsPerSecond: times.length / result.duration,
    p50Ms: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
  };
}
