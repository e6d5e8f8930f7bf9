import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coreTypeFixture } from '../../test/support/core-type-fixture';
import { coresOf, estimateJob, executingHours, executingHoursSoFar } from './estimate';

const coreType = (code: string, price: number, lowPriorityPrice = '0.05') =>
  coreTypeFixture({ code, name: code, price, lowPriorityPrice });

const status = (s: string, statusDate: string) => ({ status: s, statusDate, statusReason: null });

describe('executingHours', () => {
  it('measures from Executing to the status that followed it', () => {
    const hours = executingHours([
      status('Completed', '2026-01-01T02:30:00Z'),
      status('Executing', '2026-01-01T01:00:00Z'),
      status('Queued', '2026-01-01T00:00:00Z'),
    ]);
    assert.equal(hours, 1.5);
  });

  it('has no answer while the job is still going', () => {
    assert.equal(
      executingHours([status('Executing', '2026-01-01T01:00:00Z'), status('Queued', '2026-01-01T00:00:00Z')]),
      null,
    );
  });

  it('has no answer for a job that was never submitted', () => {
    assert.equal(executingHours([]), null);
  });

  it('counts zero hours for a job stopped before it executed', () => {
    assert.equal(
      executingHours([status('Stopped', '2026-01-01T00:01:00Z'), status('Queued', '2026-01-01T00:00:00Z')]),
      0,
    );
  });
});

describe('coresOf', () => {
  it('multiplies cores per slot by slots, one slot when unspecified', () => {
    assert.equal(coresOf({ coresPerSlot: 8, slots: 4 }), 32);
    assert.equal(coresOf({ coresPerSlot: 8 }), 8);
  });
});

describe('estimateJob', () => {
  it('prices core-hours at the core type’s on-demand price', () => {
    const estimate = estimateJob([{ coreType: 'emerald', coresPerSlot: 4, slots: 2 }], 1.5, [
      coreType('emerald', 0.25),
    ]);
    assert.equal(estimate.coreHours, 12);
    assert.equal(estimate.cost, 3);
    assert.equal(estimate.analyses[0]?.pricePerCoreHour, 0.25);
  });

  it('uses the low-priority price for a low-priority job', () => {
    const estimate = estimateJob(
      [{ coreType: 'emerald', coresPerSlot: 2 }],
      10,
      [coreType('emerald', 0.25, '0.10')],
      true,
    );
    assert.ok(Math.abs((estimate.cost ?? 0) - 2) < 1e-9);
  });

  it('sums analyses that ran on different core types', () => {
    const estimate = estimateJob(
      [
        { coreType: 'emerald', coresPerSlot: 1 },
        { coreType: 'onyx', coresPerSlot: 2 },
      ],
      2,
      [coreType('emerald', 0.1), coreType('onyx', 1)],
    );
    assert.equal(estimate.coreHours, 6);
    assert.ok(Math.abs((estimate.cost ?? 0) - 4.2) < 1e-9);
  });

  it('gives core-hours but no cost when a core type cannot be found', () => {
    const estimate = estimateJob([{ coreType: 'gone', coresPerSlot: 2 }], 1, [coreType('emerald', 0.1)]);
    assert.equal(estimate.coreHours, 2);
    assert.equal(estimate.cost, null);
    assert.equal(estimate.analyses[0]?.pricePerCoreHour, null);
  });
});

describe('executingHoursSoFar', () => {
  it('counts a running job’s Executing phase up to now', () => {
    const statuses = [status('Executing', '2026-01-01T01:00:00Z'), status('Queued', '2026-01-01T00:00:00Z')];
    assert.equal(executingHoursSoFar(statuses, Date.parse('2026-01-01T01:30:00Z')), 0.5);
  });

  it('is null before the job executes', () => {
    assert.equal(executingHoursSoFar([status('Queued', '2026-01-01T00:00:00Z')], Date.now()), null);
  });
});
