import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aimText, gapText, type Aim } from './aims';

const latency: Aim = {
  figure: 'added latency',
  direction: 'at most',
  target: 2,
  unit: 'ms',
  digits: 2,
  current: 3.5,
};
const throughput: Aim = {
  figure: 'throughput',
  direction: 'at least',
  target: 70,
  unit: '%',
  digits: 1,
  current: 82,
};

test('an upper bound that is exceeded misses by the excess', () => {
  assert.equal(aimText(latency), '≤ 2.00 ms');
  assert.equal(gapText(latency), 'misses by 1.50 ms');
});

test('a lower bound that is passed is met with the margin in percentage points', () => {
  assert.equal(aimText(throughput), '≥ 70.0%');
  assert.equal(gapText(throughput), 'met, 12.0 points to spare');
});

test('a figure the run could not take is reported as not measured', () => {
  assert.equal(gapText({ ...latency, current: null }), 'not measured');
});

test('a count has no unit after it', () => {
  const derivations: Aim = { ...latency, unit: '', digits: 1, target: 2, current: 0 };
  assert.equal(aimText(derivations), '≤ 2.0');
  assert.equal(gapText(derivations), 'met, 2.0 to spare');
});
