/**
 * The simulated clock. Simulated time runs `timeScale` simulated seconds per real
 * second (0 freezes it) and can be pushed forward by the control plane. Job life
 * cycles are functions of this clock, never of timers, so advancing it is enough to
 * move every job along.
 */
export class SimClock {
  private readonly startSim: number;
  private startReal = performance.now();
  private advancedMs = 0;

  constructor(
    private readonly timeScale: number,
    startAt: number = Math.floor(Date.now() / 1000) * 1000,
  ) {
    this.startSim = startAt;
  }

  /** Simulated epoch milliseconds. */
  now(): number {
    return this.startSim + (performance.now() - this.startReal) * this.timeScale + this.advancedMs;
  }

  /**
   * Throttle windows are real hours (a key's budget is spent in real time), but an
   * advance of the simulated clock also moves them, so tests can skip a window.
   */
  throttleNow(): number {
    return Date.now() + this.advancedMs;
  }

  advance(seconds: number): void {
    this.advancedMs += seconds * 1000;
  }

  reset(): void {
    this.startReal = performance.now();
    this.advancedMs = 0;
  }

  /** The simulated instant the clock started at (and returns to on reset). */
  get start(): number {
    return this.startSim;
  }

  get scale(): number {
    return this.timeScale;
  }
}

/**
 * Django REST Framework renders datetimes with microseconds (`2015-03-13T23:43:21.223052Z`);
 * the extra three digits are derived from the millisecond value so they stay stable.
 */
export function isoDate(ms: number): string {
  const whole = Math.floor(ms);
  const iso = new Date(whole).toISOString();
  const micros = String((Math.imul(whole % 4294967296, 2654435761) >>> 0) % 1000).padStart(3, '0');
  return `${iso.slice(0, -1)}${micros}Z`;
}
