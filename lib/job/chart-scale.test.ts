import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatTick, niceAxis, scale } from './chart-scale';

describe('niceAxis', () => {
  it('rounds the extent out to whole steps that cover every value', () => {
    const axis = niceAxis([12, 37, 88]);
    assert.deepEqual(axis, { min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('handles small negative coefficients without float noise in the ticks', () => {
    const axis = niceAxis([-0.0187556, -0.0248332, 0.0031]);
    assert.ok(axis);
    assert.ok(axis.min <= -0.0248332 && axis.max >= 0.0031);
    for (const tick of axis.ticks) assert.ok(String(tick).length < 10, `tick ${tick} is noisy`);
  });

  it('widens a single value into a visible range', () => {
    const axis = niceAxis([5, 5]);
    assert.ok(axis && axis.min < 5 && axis.max > 5);
  });

  it('has nothing to show without finite values', () => {
    assert.equal(niceAxis([Number.NaN]), null);
  });
});

describe('scale', () => {
  it('maps the domain onto pixels, upside down for a y axis', () => {
    const y = scale({ min: 0, max: 10 }, 200, 0);
    assert.equal(y(0), 200);
    assert.equal(y(10), 0);
    assert.equal(y(5), 100);
  });
});

describe('formatTick', () => {
  it('writes ordinary numbers plainly and extremes in exponent form', () => {
    assert.equal(formatTick(0.30000000000000004), '0.3');
    assert.equal(formatTick(2_500_000), '2.5e+6');
    assert.equal(formatTick(0.0001), '1.0e-4');
    assert.equal(formatTick(0), '0');
  });
});
