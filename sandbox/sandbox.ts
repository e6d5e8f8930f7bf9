/** Everything one running sandbox holds: its data, clock, knobs and counters. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimClock } from './clock';
import { FaultInjector, NO_FAULTS } from './faults';
import { Store } from './store';
import { Throttle } from './throttle';

export type CallCount = { total: number; byScope: Record<string, number> };

/** File downloads by outcome, so a test can see that a client hanging up stopped the stream. */
export type DownloadStats = { started: number; completed: number; aborted: number; active: number };

const noDownloads = (): DownloadStats => ({ started: 0, completed: 0, aborted: 0, active: 0 });

export class Sandbox {
  store: Store;
  readonly clock: SimClock;
  readonly faults: FaultInjector;
  readonly throttle = new Throttle();
  readonly calls = new Map<string, CallCount>();
  downloads = noDownloads();
  readonly uploadDir: string;
  /** Downloads answer with a redirect to signed storage instead of the bytes. */
  storageRedirect = false;
  /** Requests that reached signed storage carrying an Authorization header (never should). */
  storageRequestsWithAuthorization = 0;

  constructor(
    readonly seed: string,
    timeScale: number,
    public publicUrl: string,
  ) {
    this.clock = new SimClock(timeScale);
    this.store = new Store(seed, this.clock.start);
    this.faults = new FaultInjector(seed);
    this.uploadDir = mkdtempSync(join(tmpdir(), 'rescale-sandbox-'));
  }

  now(): number {
    return this.clock.now();
  }

  countCall(key: string, scope: string): void {
    let count = this.calls.get(key);
    if (!count) {
      count = { total: 0, byScope: {} };
      this.calls.set(key, count);
    }
    count.total++;
    count.byScope[scope] = (count.byScope[scope] ?? 0) + 1;
  }

  reset(): void {
    this.clock.reset();
    this.store = new Store(this.seed, this.clock.start);
    this.faults.set({ ...NO_FAULTS });
    this.throttle.reset();
    this.calls.clear();
    this.downloads = noDownloads();
    this.storageRedirect = false;
    this.storageRequestsWithAuthorization = 0;
    rmSync(this.uploadDir, { recursive: true, force: true });
    mkdirSync(this.uploadDir, { recursive: true });
  }

  dispose(): void {
    rmSync(this.uploadDir, { recursive: true, force: true });
  }
}
