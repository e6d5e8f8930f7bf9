import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCallCounter, rateLimitHeaders } from './call-counter';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('calls are counted per key', () => {
  const time = clock();
  const counter = createCallCounter(time.now);
  counter.record('a');
  counter.record('a');
  counter.record('b');
  assert.equal(counter.countLastHour('a'), 2);
  assert.equal(counter.countLastHour('b'), 1);
  assert.equal(counter.countLastHour('c'), 0);
});

test('calls older than an hour no longer count', () => {
  const time = clock();
  const counter = createCallCounter(time.now);
  counter.record('a');
  time.advance(30 * 60_000);
  counter.record('a');
  time.advance(30 * 60_000);
  assert.equal(counter.countLastHour('a'), 1);
  time.advance(30 * 60_000);
  assert.equal(counter.countLastHour('a'), 0);
});

test('nothing is estimated when Rescale sends rate-limit headers of its own', () => {
  const upstream = new Headers({ 'X-RateLimit-Limit': '90000', 'X-RateLimit-Remaining': '89000' });
  assert.deepEqual(rateLimitHeaders(upstream, 5_000, 7_200), {});
  assert.deepEqual(rateLimitHeaders(new Headers({ 'X-RateLimit-Remaining': '5' }), 5_000, 7_200), {});
});

test('without them the budget left is estimated from our own count', () => {
  assert.deepEqual(rateLimitHeaders(new Headers(), 7_000, 7_200), {
    'x-ratelimit-limit': '7200',
    'x-ratelimit-remaining': '200',
  });
  assert.equal(rateLimitHeaders(new Headers(), 9_000, 7_200)['x-ratelimit-remaining'], '0');
});
