import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LIVE_POLICY } from './live-policy';
import { IN_FLIGHT_TIMEOUT_MS, planPolls, unionOfNeeds, type KeyRecord } from './poll-plan';
import type { ResourceKind } from './resource-kind';

const statuses = '/api/rescale/v2/jobs/Ab12/statuses/';
const tail = '/api/rescale/v2/jobs/Ab12/runs/r1/tail/work/log?lines=200';
const statusesEvery = DEFAULT_LIVE_POLICY.preferredIntervalMs.jobStatuses;

const KINDS = new Map<string, ResourceKind>([
  [statuses, 'jobStatuses'],
  [tail, 'tail'],
]);

/** Keys as tabs announce them: each with the kind its descriptor carries. */
function needs(...keys: string[]): Map<string, ResourceKind> {
  return new Map(keys.map((key) => [key, KINDS.get(key) ?? 'jobStatuses']));
}

function record(partial: Partial<KeyRecord>): KeyRecord {
  return { lastAttemptAt: null, consecutiveErrors: 0, inFlight: false, ...partial };
}

test('a key no tab needs is never polled, however stale', () => {
  const plan = planPolls({
    needed: needs(),
    records: new Map([[statuses, record({ lastAttemptAt: 0 })]]),
    budget: null,
    blockedUntil: 0,
    now: 1_000_000,
  });
  assert.deepEqual(plan.due, []);
  assert.equal(plan.wakeAt, null);
  assert.equal(plan.nextRefreshAt.size, 0);
});

test('a needed key never fetched is due at once', () => {
  const plan = planPolls({
    needed: needs(statuses),
    records: new Map(),
    budget: null,
    blockedUntil: 0,
    now: 5,
  });
  assert.deepEqual(plan.due, [statuses]);
});

test('a needed key fetched recently waits for its interval', () => {
  const plan = planPolls({
    needed: needs(statuses),
    records: new Map([[statuses, record({ lastAttemptAt: 1_000 })]]),
    budget: null,
    blockedUntil: 0,
    now: 2_000,
  });
  assert.deepEqual(plan.due, []);
  assert.equal(plan.nextRefreshAt.get(statuses), 1_000 + statusesEvery);
  assert.equal(plan.wakeAt, 1_000 + statusesEvery);
});

test('a key already being fetched is not fetched twice', () => {
  const plan = planPolls({
    needed: needs(statuses),
    records: new Map([[statuses, record({ lastAttemptAt: 0, inFlight: true })]]),
    budget: null,
    blockedUntil: 0,
    now: 1_000,
  });
  assert.deepEqual(plan.due, []);
  assert.equal(plan.wakeAt, null);
});

test('a call another tab started and never reported on is presumed lost after a while', () => {
  const plan = planPolls({
    needed: needs(statuses),
    records: new Map([[statuses, record({ lastAttemptAt: 0, inFlight: true })]]),
    budget: null,
    blockedUntil: 0,
    now: IN_FLIGHT_TIMEOUT_MS,
  });
  assert.deepEqual(plan.due, [statuses]);
});

test('a key that keeps failing is polled less and less often', () => {
  const plan = planPolls({
    needed: needs(statuses),
    records: new Map([[statuses, record({ lastAttemptAt: 0, consecutiveErrors: 3 })]]),
    budget: null,
    blockedUntil: 0,
    now: statusesEvery,
  });
  assert.deepEqual(plan.due, []);
  assert.equal(plan.nextRefreshAt.get(statuses), 8 * statusesEvery);
});

test('after a 429 no key is due before Retry-After has passed', () => {
  const input = {
    needed: needs(statuses, tail),
    records: new Map<string, KeyRecord>(),
    budget: null,
    blockedUntil: 30_000,
  };
  const during = planPolls({ ...input, now: 29_999 });
  assert.deepEqual(during.due, []);
  assert.equal(during.wakeAt, 30_000);
  assert.deepEqual(planPolls({ ...input, now: 30_000 }).due.sort(), [statuses, tail].sort());
});

test('a low budget slows the plan and says so', () => {
  const needed = needs(statuses);
  const records = new Map([[statuses, record({ lastAttemptAt: 0 })]]);
  const ample = planPolls({
    needed,
    records,
    budget: { limit: 100, remaining: 90 },
    blockedUntil: 0,
    now: 1,
  });
  const low = planPolls({ needed, records, budget: { limit: 100, remaining: 10 }, blockedUntil: 0, now: 1 });
  assert.equal(ample.slowed, false);
  assert.equal(low.slowed, true);
  assert.ok(low.nextRefreshAt.get(statuses)! > ample.nextRefreshAt.get(statuses)!);
});

test('a low budget is not reported as slowing anything when nothing is polled', () => {
  const plan = planPolls({
    needed: needs(),
    records: new Map(),
    budget: { limit: 100, remaining: 1 },
    blockedUntil: 0,
    now: 1,
  });
  assert.equal(plan.slowed, false);
});

test('the union of needs covers every tab that spoke recently', () => {
  const union = unionOfNeeds(
    [
      { keys: needs(statuses), seenAt: 10_000 },
      { keys: needs(tail, statuses), seenAt: 9_000 },
    ],
    11_000,
    5_000,
  );
  assert.deepEqual([...union.keys()].sort(), [statuses, tail].sort());
});

test('a tab silent for longer than the time-to-live no longer counts', () => {
  const union = unionOfNeeds([{ keys: needs(tail), seenAt: 1_000 }], 6_001, 5_000);
  assert.equal(union.size, 0);
});

test('no more calls start in any minute than the ceiling allows, the most overdue first', () => {
  const keys = Array.from({ length: 5 }, (_, i) => `/api/rescale/v2/jobs/J${i}/statuses/`);
  const records = new Map(keys.map((key, i) => [key, record({ lastAttemptAt: i * 1_000 })]));
  const policy = { ...DEFAULT_LIVE_POLICY, maxCallsPerMinute: 10 };
  const recentCalls = [50_000, 51_000, 52_000, 53_000, 54_000, 55_000, 56_000, 57_000];
  const plan = planPolls({
    needed: needs(...keys),
    records,
    budget: null,
    blockedUntil: 0,
    recentCalls,
    now: 100_000,
    policy,
  });
  assert.deepEqual(plan.due, [keys[0], keys[1]]);
  assert.equal(plan.nextRefreshAt.get(keys[2]!), 110_000);
  assert.equal(plan.nextRefreshAt.get(keys[4]!), 112_000);
  assert.equal(plan.wakeAt, 110_000);
});

test('calls older than a minute do not count against the ceiling', () => {
  const plan = planPolls({
    needed: needs(statuses),
    records: new Map(),
    budget: null,
    blockedUntil: 0,
    recentCalls: Array.from({ length: 50 }, (_, i) => i),
    now: 60_050,
  });
  assert.deepEqual(plan.due, [statuses]);
});
