import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { RescaleError } from '../rescale/errors';

type SubmitListener = (event: { target: unknown }) => void;

/**
 * In a file of its own: the module watches the page's form submissions from the moment
 * it loads, and signing out lasts for the life of the page, here of this test process.
 */
const submitListeners: SubmitListener[] = [];
Object.assign(globalThis, {
  document: {
    addEventListener: (type: string, listener: SubmitListener, capture: boolean) => {
      if (type === 'submit' && capture) submitListeners.push(listener);
    },
  },
});
const { apiJson, signOutForm } = await import('./api-client');

function submit(attributes: Record<string, string>) {
  const form = { hasAttribute: (name: string) => name in attributes };
  for (const listener of submitListeners) listener({ target: form });
}

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

  it('a 401 sends the user to sign-in until a sign-out form is submitted; then calls under way leave the page alone', async () => {
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 1);

    submit({ action: '/search' });
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 2, 'any other form changes nothing');

    submit(signOutForm);
    await assert.rejects(
      apiJson('/api/rescale/v2/jobs/AIRfoL/statuses/?page_size=1'),
      (error: RescaleError) => {
        assert.equal(error.status, 401);
        return true;
      },
    );
    assert.equal(assigned.length, 2, 'no trip to sign-in as "expired" after signing out');
  });
});
