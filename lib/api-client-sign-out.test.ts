import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { apiJson, noteSigningOut } from './api-client';
import { RescaleError } from './rescale/errors';

/** In a file of its own: signing out is for the life of the page, here of this test process. */
describe('apiFetch while the page signs out', () => {
  let assigned: string[];

  beforeEach(() => {
    assigned = [];
    const location = { pathname: '/jobs', search: '', hash: '', assign: (url: string) => assigned.push(url) };
    Object.assign(globalThis, { window: { location } });
    mock.method(globalThis, 'fetch', async () =>
      Response.json({ detail: 'Your session has ended.', code: 'session_missing' }, { status: 401 }),
    );
  });

  afterEach(() => {
    mock.restoreAll();
    delete (globalThis as { window?: unknown }).window;
  });

  it('a 401 before signing out sends the user to sign-in; after, a call still under way leaves the page alone', async () => {
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 1);

    noteSigningOut();
    await assert.rejects(apiJson('/api/rescale/v2/jobs/AIRfoL/statuses/?page_size=1'), (error: RescaleError) => {
      assert.equal(error.status, 401);
      return true;
    });
    assert.equal(assigned.length, 1, 'no second trip to sign-in');
  });
});
