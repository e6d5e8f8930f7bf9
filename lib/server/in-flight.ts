import 'server-only';

/**
 * How many proxied calls are under way in this process, for the shutdown log. Kept on
 * `globalThis`: the instrumentation hook that reads it and the route that counts are
 * separate bundles with separate module instances.
 */
const COUNT = Symbol.for('rescale-dashboard.proxied-calls-in-flight');
type Holder = { [COUNT]?: number };
const holder = globalThis as Holder;

export function proxiedCallStarted(): void {
  holder[COUNT] = (holder[COUNT] ?? 0) + 1;
}

export function proxiedCallEnded(): void {
  holder[COUNT] = Math.max(0, (holder[COUNT] ?? 0) - 1);
}

export function proxiedCallsInFlight(): number {
  return holder[COUNT] ?? 0;
}
