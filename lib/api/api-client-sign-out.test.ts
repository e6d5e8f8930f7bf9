import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { loadInNewPage } from '../../test/support/new-page';
import { RescaleError } from '../rescale/errors';
import type * as ApiClient from './api-client';

type SubmitListener = (event: { target: unknown }) => void;

/**
 * In a file of its own: the module watches the page's form submissions from the moment
 * it loads, and signing out lasts for the life of the page. Each page loads the module
 * afresh and listens on a document of its own.
 */
let submitListeners: SubmitListener[] = [];

async function newPage(): Promise<typeof ApiClient> {
  submitListeners = [];
  Object.assign(globalThis, {
    document: {
      addEventListener: (type: string, listener: SubmitListener, capture: boolean) => {
        if (type === 'submit' && capture) submitListeners.push(listener);
      },
    },
  });
  return loadInNewPage<typeof ApiClient>(new URL('./api-client.ts', import.meta.url));
}

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
    delete (globalThis as { document?: unknown }).document;
  });

  it('a 401 sends the user to sign-in after any other form is submitted', async () => {
    const { apiJson } = await newPage();
    submit({ action: '/search' });
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 1);
  });

  it('once a sign-out form is submitted, calls under way leave the page alone', async () => {
    const { apiJson, signOutForm } = await newPage();
    submit(signOutForm);
    await assert.rejects(
      apiJson('/api/rescale/v2/jobs/AIRfoL/statuses/?page_size=1'),
      (error: RescaleError) => {
        assert.equal(error.status, 401);
        return true;
      },
    );
    assert.equal(assigned.length, 0, 'no trip to sign-in as "expired" after signing out');
  });
});
