import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimatePrice, formatUsd } from './price';
import { marble, onyx } from '../../test/support/test-catalogue';

describe('estimatePrice', () => {
  it('charges the core type’s price for every core of every slot', () => {
    assert.deepEqual(estimatePrice(onyx, 8, 2, null), { totalCores: 16, perHour: 4, ceiling: null });
  });

  it('caps the cost at the walltime when one is given', () => {
    assert.equal(estimatePrice(marble, 4, 1, 10)?.ceiling, 4);
  });

  it('gives no estimate until the hardware is complete', () => {
    assert.equal(estimatePrice(undefined, 4, 1, null), null);
    assert.equal(estimatePrice(marble, null, 1, null), null);
    assert.equal(estimatePrice(marble, 4, 0, null), null);
  });
});

describe('formatUsd', () => {
  it('shows dollars with cents', () => {
    assert.equal(formatUsd(4), '$4.00');
    assert.equal(formatUsd(0.125), '$0.13');
  });
});
