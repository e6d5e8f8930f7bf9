import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_LIVE_POLICY,
  budgetStretch,
  errorBackoff,
  isBudgetLow,
  nextPollAt,
  pollIntervals,
  rateBudgetFromHeaders,
} from './live-policy';
import type { ResourceKind } from './resource-kind';

const job = '/api/rescale/v2/jobs/Ab12/';
const statuses = `${job}statuses/`;
const clusterStatuses = `${job}cluster_statuses/`;
const runs = `${job}runs/`;
const directory = `${job}runs/r1/directory-contents/`;
const tail = `${job}runs/r1/tail/work/log?lines=200`;
const jobsPage = '/api/rescale/v2/jobs/?page=2&page_size=25';

const KINDS = new Map<string, ResourceKind>([
  [statuses, 'jobStatuses'],
  [clusterStatuses, 'clusterStatuses'],
  [runs, 'runs'],
  [directory, 'directory'],
  [tail, 'tail'],
  [jobsPage, 'jobs'],
]);

/** Keys as the scheduler holds them: each with the kind its descriptor carries. */
function live(keys: string[]): Array<[string, ResourceKind]> {
  return keys.map((key) => [key, KINDS.get(key) ?? 'jobStatuses']);
}

function callsPerMinute(intervals: Map<string, number>): number {
  let total = 0;
  for (const interval of intervals.values()) total += 60_000 / interval;
  return total;
}

test('a single resource polls at its preferred pace', () => {
  assert.equal(
    pollIntervals(live([statuses]), null).get(statuses),
    DEFAULT_LIVE_POLICY.preferredIntervalMs.jobStatuses,
  );
});

test('a job page with follow on stays under the calls-per-minute ceiling', () => {
  const intervals = pollIntervals(live([statuses, clusterStatuses, runs, directory, tail]), null);
  assert.ok(callsPerMinute(intervals) <= DEFAULT_LIVE_POLICY.maxCallsPerMinute + 1e-9);
  assert.ok(intervals.get(tail)! < intervals.get(runs)!, 'the tail still polls more often than the runs');
});

test('many live resources share the ceiling instead of adding up', () => {
  const keys = Array.from({ length: 40 }, (_, i) => `${job.replace('Ab12', `J${i}`)}statuses/`);
  assert.ok(callsPerMinute(pollIntervals(live(keys), null)) <= DEFAULT_LIVE_POLICY.maxCallsPerMinute + 1e-9);
});

test('intervals do not stretch while at least a quarter of the budget is left', () => {
  const budget = { limit: 7200, remaining: 1800 };
  assert.equal(isBudgetLow(budget), false);
  assert.equal(budgetStretch(budget), 1);
  assert.deepEqual(pollIntervals(live([statuses]), budget), pollIntervals(live([statuses]), null));
});

test('intervals stretch at least twofold once less than a quarter of the budget is left', () => {
  const budget = { limit: 7200, remaining: 1799 };
  assert.equal(isBudgetLow(budget), true);
  assert.equal(budgetStretch(budget), 2);
  assert.equal(
    pollIntervals(live([statuses]), budget).get(statuses),
    2 * DEFAULT_LIVE_POLICY.preferredIntervalMs.jobStatuses,
  );
});

test('intervals stretch further as the budget shrinks, up to the longest interval', () => {
  assert.equal(budgetStretch({ limit: 1000, remaining: 25 }), 10);
  assert.equal(budgetStretch({ limit: 1000, remaining: 0 }), Number.POSITIVE_INFINITY);
  assert.equal(
    pollIntervals(live([statuses]), { limit: 1000, remaining: 0 }).get(statuses),
    DEFAULT_LIVE_POLICY.maxIntervalMs,
  );
});

test('the low-budget share is configurable', () => {
  const policy = { ...DEFAULT_LIVE_POLICY, lowBudgetShare: 0.5 };
  assert.equal(isBudgetLow({ limit: 100, remaining: 40 }, policy), true);
  assert.equal(isBudgetLow({ limit: 100, remaining: 40 }), false);
});

test('rate-limit headers are read when both are present and sensible', () => {
  assert.deepEqual(
    rateBudgetFromHeaders(new Headers({ 'X-RateLimit-Limit': '7200', 'X-RateLimit-Remaining': '42' })),
    { limit: 7200, remaining: 42 },
  );
  assert.equal(rateBudgetFromHeaders(new Headers({ 'X-RateLimit-Limit': '7200' })), null);
  assert.equal(
    rateBudgetFromHeaders(new Headers({ 'X-RateLimit-Limit': '0', 'X-RateLimit-Remaining': '0' })),
    null,
  );
  assert.equal(
    rateBudgetFromHeaders(new Headers({ 'X-RateLimit-Limit': 'a', 'X-RateLimit-Remaining': '1' })),
    null,
  );
});

test('repeated errors double the wait, up to thirty-two times', () => {
  assert.deepEqual([0, 1, 2, 3, 5, 9].map(errorBackoff), [1, 2, 4, 8, 32, 32]);
});

test('a resource never polled is due at once', () => {
  assert.equal(nextPollAt(null, 10_000, 0, 0), 0);
});

test('a resource is due one interval after its last attempt, longer after errors', () => {
  assert.equal(nextPollAt(1_000, 10_000, 0, 0), 11_000);
  assert.equal(nextPollAt(1_000, 10_000, 2, 0), 41_000);
  assert.equal(nextPollAt(1_000, 100_000, 5, 0), 1_000 + DEFAULT_LIVE_POLICY.maxIntervalMs);
});

test('nothing is due before a 429 has passed', () => {
  assert.equal(nextPollAt(1_000, 10_000, 0, 90_000), 90_000);
});
