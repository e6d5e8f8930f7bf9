/** What one bench run measures and how long it spends; rounds and seconds are tunable. */

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

const rounds = positiveInt('BENCH_ROUNDS', 3);

export const benchConfig = {
  rounds,
  /** Gigabyte streams take most of a run's time; two rounds of them keep it under ten minutes. */
  streamRounds: Math.min(rounds, 2),
  loadSeconds: positiveInt('BENCH_SECONDS', 3),
  appPort: positiveInt('BENCH_APP_PORT', 3180),
  sandboxPort: positiveInt('BENCH_SANDBOX_PORT', 4180),
  floorPort: positiveInt('BENCH_FLOOR_PORT', 4181),
  /** Stands in for the network between the app and Rescale. */
  addedLatencyMs: 20,
  latencyClients: [1, 16, 64],
  throughputClients: 64,
};

/** The sandbox's fixed seed (sandbox/README.md, Users and keys): users and fixtures the bench relies on. */
export const seed = {
  ada: { email: 'ada@example.com', key: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' },
  bulk: { email: 'bulk@example.com', key: 'e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4e4' },
  doeJobId: 'AIRfoL',
  doeJobName: 'Airfoil 2D DOE sweep',
  bigFileId: 'BIGone',
  bigFileBytes: 1024 * 1024 * 1024,
};
