import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RescaleError } from '@/lib/rescale/errors';
import {
  knownOutcome,
  notSentWhileThrottled,
  progressOf,
  progressSentence,
  settledOutcome,
  type BulkJob,
  type BulkOutcome,
} from './bulk-outcomes';

const ada = 'ada@example.com';

function job(status: string, owner = ada): BulkJob {
  return { id: 'j1', name: 'Wing', owner, status };
}

const executingRefusal = new RescaleError({
  status: 400,
  detail: 'Jobs that are currently executing cannot be deleted: this job is Executing. Stop the job first.',
});

describe('bulk outcomes', () => {
  it('quote the platform’s reason for a refused delete, in the words of the job page', () => {
    assert.deepEqual(settledOutcome('delete', executingRefusal), {
      state: 'refused',
      message:
        'Rescale refused to delete the job: “Jobs that are currently executing cannot be deleted: this job is Executing. Stop the job first.”',
    });
  });

  it('count a permission refusal and a job gone as refusals, with their words', () => {
    const forbidden = settledOutcome(
      'stop',
      new RescaleError({ status: 403, detail: 'You do not have permission to perform this action.' }),
    );
    assert.equal(forbidden.state, 'refused');
    assert.match(forbidden.message, /^Could not stop the job\. You do not have permission/);
    assert.equal(
      settledOutcome('delete', new RescaleError({ status: 404, detail: 'Not found.' })).state,
      'refused',
    );
  });

  it('call an answer that never came, a throttle or the platform’s own failure a failure, not a refusal', () => {
    const unreachable = new RescaleError({
      status: 0,
      code: 'network_error',
      detail: 'Could not reach the dashboard server.',
    });
    assert.equal(settledOutcome('stop', unreachable).state, 'failed');
    assert.equal(settledOutcome('stop', new RescaleError({ status: 503, detail: '' })).state, 'failed');
    assert.equal(
      settledOutcome('stop', new RescaleError({ status: 429, detail: 'Slow down.' })).state,
      'failed',
    );
    assert.equal(settledOutcome('stop', new TypeError('fetch failed')).state, 'failed');
  });

  it('say what was done on success', () => {
    assert.deepEqual(settledOutcome('delete', null), { state: 'done', message: 'Deleted.' });
    assert.equal(settledOutcome('stop', null).state, 'done');
  });

  it('do not send a job that is not the viewer’s, and say whose it is', () => {
    assert.deepEqual(knownOutcome('delete', job('Completed', 'grace@example.com'), ada), {
      state: 'skipped',
      message: 'grace@example.com shared this job with you; only they can delete it.',
    });
    assert.equal(knownOutcome('delete', job('Completed', 'ADA@example.com'), ada), null);
  });

  it('do not send a stop for a job that has ended, but leave a running job’s delete to the platform', () => {
    assert.deepEqual(knownOutcome('stop', job('Failed'), ada), {
      state: 'skipped',
      message: 'It has already ended (Failed); there is nothing to stop.',
    });
    assert.equal(knownOutcome('stop', job('Executing'), ada), null);
    assert.equal(knownOutcome('stop', job(''), ada), null);
    assert.equal(knownOutcome('delete', job('Executing'), ada), null);
  });

  it('mark jobs never sent under a throttle as failed with the wait', () => {
    const outcome = notSentWhileThrottled(
      new RescaleError({ status: 429, detail: 'x', retryAfterSeconds: 12 }),
    );
    assert.equal(outcome.state, 'failed');
    assert.match(outcome.message, /^Not sent\. .*Try again in 12 s\.$/);
  });

  it('count progress and sum it up in one sentence, during and after', () => {
    const during: BulkOutcome[] = [
      { state: 'done', message: 'Deleted.' },
      { state: 'sending' },
      { state: 'waiting' },
    ];
    assert.equal(progressSentence('delete', progressOf(during)), 'Deleting 3 jobs: 1 of 3 finished.');
    const after: BulkOutcome[] = [
      { state: 'done', message: 'Deleted.' },
      { state: 'refused', message: 'no' },
      { state: 'skipped', message: 'not yours' },
      { state: 'done', message: 'Deleted.' },
    ];
    assert.deepEqual(progressOf(after), {
      total: 4,
      finished: 4,
      done: 2,
      refused: 1,
      skipped: 1,
      failed: 0,
    });
    assert.equal(
      progressSentence('delete', progressOf(after)),
      'Deleted 2 of 4 jobs. 1 refused, 1 not sent.',
    );
    assert.equal(
      progressSentence('stop', progressOf([{ state: 'done', message: 'ok' }])),
      'Stop requested for 1 of 1 job.',
    );
  });
});
