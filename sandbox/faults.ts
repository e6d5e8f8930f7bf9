/**
 * Fault knobs for tests: added latency, a share of 500/503/504 answers (the bodies a
 * Django server and its load balancer really send: HTML, not JSON), and a connection
 * reset part-way through a response body.
 */
import type { ServerResponse } from 'node:http';
import type { BodyWriter } from './http';
import { type Rng, rngFor } from './random';

export type Faults = {
  latencyMs: number;
  errorRate: number;
  errorStatus: 500 | 503 | 504;
  resetMidBody: boolean;
  paths: string | null;
};

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  errorRate: 0,
  errorStatus: 503,
  resetMidBody: false,
  paths: null,
};

const ERROR_PAGES: Record<Faults['errorStatus'], string> = {
  500: '<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n',
  503: '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n',
  504: '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n',
};

export function parseFaults(body: Record<string, unknown>): Faults | string {
  const faults: Faults = { ...NO_FAULTS };
  if ('latencyMs' in body) {
    if (typeof body.latencyMs !== 'number' || body.latencyMs < 0) return 'latencyMs must be a number ≥ 0';
    faults.latencyMs = body.latencyMs;
  }
  if ('errorRate' in body) {
    if (typeof body.errorRate !== 'number' || body.errorRate < 0 || body.errorRate > 1)
      return 'errorRate must be between 0 and 1';
    faults.errorRate = body.errorRate;
  }
  if ('errorStatus' in body) {
    if (body.errorStatus !== 500 && body.errorStatus !== 503 && body.errorStatus !== 504)
      return 'errorStatus must be 500, 503 or 504';
    faults.errorStatus = body.errorStatus;
  }
  if ('resetMidBody' in body) {
    if (typeof body.resetMidBody !== 'boolean') return 'resetMidBody must be a boolean';
    faults.resetMidBody = body.resetMidBody;
  }
  if ('paths' in body && body.paths !== null) {
    if (typeof body.paths !== 'string') return 'paths must be a string';
    faults.paths = body.paths;
  }
  return faults;
}

export class FaultInjector {
  current: Faults = { ...NO_FAULTS };
  private rng: Rng;
  /** Releases the requests still held by the latency in force. */
  private readonly delayed = new Set<() => void>();

  constructor(private readonly seed: string) {
    this.rng = rngFor(seed, 'faults');
  }

  /**
   * New faults end the latency of requests already waiting on the old one: a test that
   * clears a slow network sees the answers come now, not when the old latency runs out.
   */
  set(faults: Faults): void {
    this.current = faults;
    this.rng = rngFor(this.seed, 'faults');
    for (const release of this.delayed) release();
  }

  applies(pathAndQuery: string): boolean {
    return this.current.paths === null || pathAndQuery.includes(this.current.paths);
  }

  async delay(): Promise<void> {
    if (this.current.latencyMs <= 0) return;
    await new Promise<void>((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.delayed.delete(release);
        resolve();
      };
      const timer = setTimeout(release, this.current.latencyMs);
      this.delayed.add(release);
    });
  }

  /** Answers with an injected error when the dice say so; returns whether it did. */
  maybeFail(res: ServerResponse): boolean {
    if (this.current.errorRate <= 0 || this.rng() >= this.current.errorRate) return false;
    const status = this.current.errorStatus;
    const body = Buffer.from(ERROR_PAGES[status]);
    res.writeHead(status, { 'Content-Type': 'text/html', 'Content-Length': String(body.length) });
    res.end(body);
    return true;
  }

  /** A body writer that sends the headers and half the body, then drops the connection. */
  writer(): BodyWriter | null {
    if (!this.current.resetMidBody) return null;
    return (res, body) => {
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    };
  }
}
