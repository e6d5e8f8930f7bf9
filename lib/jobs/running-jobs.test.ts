import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  finishedSince,
  mergeFinished,
  runningJobs,
  runningJobsPath,
  windowNote,
  type RunningJob,
} from './running-jobs';
import { jobSummaryFixture } from '../../test/support/job-summary-fixture';

const job = jobSummaryFixture;

const running = (id: string, status: string): RunningJob => ({ id, name: `Job ${id}`, status });

describe('runningJobsPath', () => {
  it('asks for the newest 1,000 jobs in one call', () => {
    assert.equal(runningJobsPath, 'v2/jobs/?page_size=1000&ordering=-dateInserted');
  });
});

describe('runningJobs', () => {
  it('keeps every job not yet in a final state, in the list’s order', () => {
    const jobs = [
      job('a', 'Executing'),
      job('b', 'Completed'),
      job('c', 'Pending'),
      job('d', 'Failed'),
      job('e', 'Stopping'),
      job('f', 'Waiting for Queue'),
    ];
    assert.deepEqual(
      runningJobs(jobs).map((found) => found.id),
      ['a', 'c', 'e', 'f'],
    );
    assert.deepEqual(runningJobs([job('a', 'Queued', 'Wing')]), [
      { id: 'a', name: 'Wing', status: 'Queued' },
    ]);
  });

  it('leaves out saved jobs that were never submitted: they cannot change on their own', () => {
    assert.deepEqual(runningJobs([job('s', '')]), []);
  });

  it('finds nothing in a list of finished jobs', () => {
    assert.deepEqual(
      runningJobs([job('a', 'Completed'), job('b', 'Force Stopped'), job('c', 'Terminated')]),
      [],
    );
  });
});

describe('finishedSince', () => {
  it('names the jobs that were running and now show a final state', () => {
    const before = [running('a', 'Executing'), running('b', 'Queued')];
    const now = [job('a', 'Completed'), job('b', 'Started'), job('c', 'Failed')];
    assert.deepEqual(finishedSince(before, now), [running('a', 'Completed')]);
  });

  it('does not claim that a job gone from the list finished', () => {
    assert.deepEqual(finishedSince([running('a', 'Executing')], [job('b', 'Completed')]), []);
  });

  it('finds nothing on the first load', () => {
    assert.deepEqual(finishedSince([], [job('a', 'Completed')]), []);
  });
});

describe('mergeFinished', () => {
  it('puts the newly finished first, keeps each job once and at most the limit', () => {
    const earlier = [running('a', 'Completed'), running('b', 'Failed')];
    const fresh = [running('c', 'Stopped'), running('a', 'Completed')];
    assert.deepEqual(
      mergeFinished(earlier, fresh, 5).map((found) => found.id),
      ['c', 'a', 'b'],
    );
    assert.deepEqual(
      mergeFinished(earlier, fresh, 2).map((found) => found.id),
      ['c', 'a'],
    );
  });
});

describe('windowNote', () => {
  it('says the strip looks at the newest 1,000 jobs, and of how many when there are more', () => {
    assert.equal(windowNote(520), 'Looks at the newest 1,000 jobs.');
    assert.equal(windowNote(1000), 'Looks at the newest 1,000 jobs.');
    assert.equal(windowNote(10_000), 'Looks at the newest 1,000 of 10,000 jobs.');
  });
});
