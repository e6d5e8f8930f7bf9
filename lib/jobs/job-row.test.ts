import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAnyJobActive, ownerLabel, sharingLabel } from './job-row';
import { jobSummaryFixture } from '../../test/support/job-summary-fixture';

const job = (status: string) => jobSummaryFixture('abc', status, 'A job');

describe('job rows', () => {
  it('call a page active when any job on it can still change', () => {
    assert.equal(isAnyJobActive([job('Completed'), job('Executing')]), true);
  });

  it('call a page of finished and never-submitted jobs inactive', () => {
    assert.equal(isAnyJobActive([job('Completed'), job(''), job('Stopped')]), false);
    assert.equal(isAnyJobActive([]), false);
  });

  it('say "you" for the viewer own jobs, whatever the case of the email', () => {
    assert.equal(ownerLabel('Ada@Example.com', 'ada@example.com'), 'you');
    assert.equal(ownerLabel('grace@example.com', 'ada@example.com'), 'grace@example.com');
  });

  it('count the people a job is shared with', () => {
    assert.equal(sharingLabel([]), 'Not shared');
    assert.equal(sharingLabel(['alan@example.com']), 'Shared with 1 person');
    assert.equal(sharingLabel(['a@x.com', 'b@x.com']), 'Shared with 2 people');
  });
});
