import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unavailableReasons } from './bulk-availability';
import type { BulkJob } from './bulk-outcomes';

const ada = 'ada@example.com';
const job = (status: string, owner = ada): BulkJob => ({ id: status, name: status, owner, status });

describe('bulk action availability', () => {
  it('offers both actions for a mix of running and ended jobs', () => {
    assert.deepEqual(unavailableReasons([job('Executing'), job('Completed')], ada), {
      stop: null,
      delete: null,
    });
  });

  it('offers no stop when nothing selected is running', () => {
    const reasons = unavailableReasons([job('Completed'), job('')], ada);
    assert.equal(reasons.stop, 'None of the selected jobs you own is running.');
    assert.equal(reasons.delete, null);
  });

  it('offers no delete when every job is running, since the platform refuses each', () => {
    const reasons = unavailableReasons([job('Executing'), job('Pending')], ada);
    assert.equal(reasons.stop, null);
    assert.match(reasons.delete ?? '', /^Rescale cannot delete a job while it runs/);
  });

  it('offers neither for jobs others shared with the viewer', () => {
    const reasons = unavailableReasons([job('Executing', 'grace@example.com')], ada);
    assert.equal(reasons.stop, 'This job was shared with you; only its owner can stop or delete it.');
    assert.equal(reasons.delete, reasons.stop);
  });
});
