import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jobIdLookup, jobIdToCheck } from './job-id-lookup';

describe('jobIdToCheck', () => {
  it('checks a search shaped like a job id, without its spaces', () => {
    assert.equal(jobIdToCheck('AIRfoL'), 'AIRfoL');
    assert.equal(jobIdToCheck(' QTVia '), 'QTVia');
  });

  it('checks nothing for names and other text', () => {
    for (const search of ['', 'airfoil', 'Bumper beam', 'AIR-oL'])
      assert.equal(jobIdToCheck(search), null, search);
  });
});

describe('jobIdLookup', () => {
  it('has nothing to say for a search that is not an id', () => {
    assert.deepEqual(jobIdLookup(null, undefined, undefined), { state: 'none' });
  });

  it('is checking until the answer arrives', () => {
    assert.deepEqual(jobIdLookup('AIRfoL', undefined, undefined), { state: 'checking', id: 'AIRfoL' });
  });

  it('offers the job the platform found, with its name', () => {
    assert.deepEqual(jobIdLookup('AIRfoL', { id: 'AIRfoL', name: 'Airfoil 2D DOE sweep' }, undefined), {
      state: 'found',
      id: 'AIRfoL',
      name: 'Airfoil 2D DOE sweep',
    });
  });

  it('says no job has the id on a 404, and keeps any other failure to be told as one', () => {
    assert.deepEqual(jobIdLookup('NOSUCH', undefined, { status: 404 }), { state: 'missing', id: 'NOSUCH' });
    const error = { status: 503 };
    assert.deepEqual(jobIdLookup('AIRfoL', undefined, error), { state: 'failed', id: 'AIRfoL', error });
  });
});
