import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineTicks } from './timeline-ticks';

describe('timelineTicks', () => {
  it('labels the quarters of a long span', () => {
    assert.deepEqual(
      timelineTicks(4 * 60_000).map((tick) => tick.label),
      ['start', '+1 min', '+2 min', '+3 min', '+4 min'],
    );
  });

  it('never repeats a label, nor says +0 s', () => {
    assert.deepEqual(
      timelineTicks(800).map((tick) => tick.label),
      ['start'],
    );
    const labels = timelineTicks(3_000).map((tick) => tick.label);
    assert.deepEqual(labels, [...new Set(labels)]);
    assert.ok(!labels.includes('+0 s'), labels.join(', '));
  });
});
