import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perRound, quantile, summarize } from './stats';

test('the median of an odd count is the middle value, whatever the order', () => {
  assert.equal(quantile([9, 1, 5], 0.5), 5);
});

test('the median of an even count lies halfway between the two middle values', () => {
  assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
});

test('the 99th percentile interpolates between the two highest ranks', () => {
  const values = Array.from({ length: 101 }, (_, i) => i);
  assert.equal(quantile(values, 0.99), 99);
  assert.equal(quantile([0, 10], 0.99), 9.9);
});

test('a quantile outside 0..1 or of no values is refused', () => {
  assert.throws(() => quantile([1], 1.5), RangeError);
  assert.throws(() => quantile([], 0.5), /no values/);
});

test('a summary gives the median and the spread of the rounds', () => {
  assert.deepEqual(summarize([3, 1, 2]), { median: 2, min: 1, max: 3, n: 3 });
});

test('per-round combination pairs values of the same round', () => {
  assert.deepEqual(
    perRound([10, 20], [4, 5], (a, b) => a - b),
    [6, 15],
  );
  assert.throws(() => perRound([1], [1, 2], (a, b) => a + b), /rounds differ/);
});
