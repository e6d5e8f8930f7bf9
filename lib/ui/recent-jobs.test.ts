import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RECENT_JOBS, readRecentJobs, recordRecentJob, type RecentJobsStorage } from './recent-jobs';

function memoryStorage(): RecentJobsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('recent jobs', () => {
  it('keeps the newest first, once each, at most five', () => {
    const storage = memoryStorage();
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'b'])
      recordRecentJob(storage, 'us', { id, name: `Job ${id}` });
    const recent = readRecentJobs(storage, 'us');
    assert.equal(recent.length, MAX_RECENT_JOBS);
    assert.deepEqual(
      recent.map((job) => job.id),
      ['b', 'f', 'e', 'd', 'c'],
    );
  });

  it('keeps regions apart', () => {
    const storage = memoryStorage();
    recordRecentJob(storage, 'us', { id: 'AIRfoL', name: 'Airfoil' });
    assert.deepEqual(readRecentJobs(storage, 'eu'), []);
  });

  it('reads nothing from a damaged entry instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('rescale-recent-jobs:v1:us', '{not json');
    assert.deepEqual(readRecentJobs(storage, 'us'), []);
    storage.setItem('rescale-recent-jobs:v1:us', JSON.stringify([{ id: 1 }, { id: 'x', name: 'X' }]));
    assert.deepEqual(readRecentJobs(storage, 'us'), [{ id: 'x', name: 'X' }]);
  });
});
