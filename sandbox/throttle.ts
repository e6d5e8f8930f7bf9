/**
 * Per-key, per-scope hourly throttling with DRF's SimpleRateThrottle algorithm:
 * a history of request times within the window; when it is full the request is
 * refused and the wait is the window left over the requests still available.
 */

export type Scope = 'user' | 'job-submit' | 'job-read';
export const SCOPES: Scope[] = ['user', 'job-submit', 'job-read'];

/** The platform's published hourly limits (reference README, "Throttling"). */
export const DEFAULT_LIMITS: Record<Scope, number> = { user: 7200, 'job-submit': 1000, 'job-read': 90000 };

export type Limit = { limit: number; windowSeconds: number };
export type ThrottleResult = { allowed: boolean; limit: number; remaining: number; waitSeconds: number };

type History = { times: number[]; head: number };

export class Throttle {
  private limits = new Map<Scope, Limit>();
  private histories = new Map<string, History>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.histories.clear();
    this.limits = new Map(
      SCOPES.map((scope) => [scope, { limit: DEFAULT_LIMITS[scope], windowSeconds: 3600 }]),
    );
  }

  setLimit(scope: Scope, limit: Limit): void {
    this.limits.set(scope, limit);
  }

  describe(): Record<string, Limit> {
    return Object.fromEntries(this.limits);
  }

  check(key: string, scope: Scope, now: number): ThrottleResult {
    const { limit, windowSeconds } = this.limits.get(scope)!;
    const windowMs = windowSeconds * 1000;
    const id = `${key}|${scope}`;
    let history = this.histories.get(id);
    if (!history) {
      history = { times: [], head: 0 };
      this.histories.set(id, history);
    }
    while (history.head < history.times.length && history.times[history.head]! <= now - windowMs)
      history.head++;
    if (history.head > 1024 && history.head * 2 > history.times.length) {
      history.times = history.times.slice(history.head);
      history.head = 0;
    }
    const used = history.times.length - history.head;
    if (used >= limit) {
      const oldest = history.times[history.head] ?? now;
      const available = limit - used + 1;
      const wait = available > 0 ? (windowMs - (now - oldest)) / 1000 / available : windowSeconds;
      return { allowed: false, limit, remaining: 0, waitSeconds: Math.max(1, Math.ceil(wait)) };
    }
    history.times.push(now);
    return { allowed: true, limit, remaining: limit - used - 1, waitSeconds: 0 };
  }
}

/** Which throttle scope a request spends: submits, job reads, or everything else. */
export function scopeOf(method: string, segments: readonly string[]): Scope {
  if (method === 'POST' && segments[0] === 'jobs' && segments[2] === 'submit') return 'job-submit';
  if ((method === 'GET' || method === 'HEAD') && segments[0] === 'jobs') return 'job-read';
  return 'user';
}

export function throttledBody(waitSeconds: number): { detail: string } {
  return {
    detail: `Request was throttled. Expected available in ${waitSeconds} second${waitSeconds === 1 ? '' : 's'}.`,
  };
}
