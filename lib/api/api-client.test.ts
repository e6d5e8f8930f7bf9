import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { loadInNewPage } from '../../test/support/new-page';
import { RescaleError } from '../rescale/errors';
import type * as ApiClient from './api-client';

type FakeWindow = {
  location: { pathname: string; search: string; hash: string; assign: (url: string) => void };
};

describe('apiJson and apiFetch', () => {
  let assigned: string[];
  let answer: () => Response | Promise<Response>;
  let calls: { url: string; init: RequestInit }[];
  let apiFetch: typeof ApiClient.apiFetch;
  let apiJson: typeof ApiClient.apiJson;

  beforeEach(async () => {
    ({ apiFetch, apiJson } = await loadInNewPage<typeof ApiClient>(
      new URL('./api-client.ts', import.meta.url),
    ));
    assigned = [];
    calls = [];
    const fakeWindow: FakeWindow = {
      location: {
        pathname: '/jobs/AIRfoL',
        search: '?run=3&follow=1',
        hash: '',
        assign: (url) => assigned.push(url),
      },
    };
    Object.assign(globalThis, { window: fakeWindow });
    mock.method(globalThis, 'fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer();
    });
  });

  afterEach(() => {
    mock.restoreAll();
    delete (globalThis as { window?: unknown }).window;
  });

  it('returns the parsed JSON of a successful answer and asks for JSON', async () => {
    answer = () => Response.json({ count: 0, results: [] });
    assert.deepEqual(await apiJson('/api/rescale/v2/jobs/'), { count: 0, results: [] });
    assert.equal(new Headers(calls[0]?.init.headers).get('accept'), 'application/json');
    assert.equal(calls[0]?.init.credentials, 'same-origin');
  });

  it('returns undefined for 204 No Content', async () => {
    answer = () => new Response(null, { status: 204 });
    assert.equal(await apiJson('/api/rescale/v2/files/x/', { method: 'DELETE' }), undefined);
  });

  it('throws a RescaleError with the status, detail and Retry-After of a failure', async () => {
    answer = () =>
      Response.json({ detail: 'Request was throttled.' }, { status: 429, headers: { 'retry-after': '9' } });
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), (error: RescaleError) => {
      assert.ok(error instanceof RescaleError);
      assert.equal(error.status, 429);
      assert.equal(error.detail, 'Request was throttled.');
      assert.equal(error.retryAfterSeconds, 9);
      return true;
    });
    assert.deepEqual(assigned, []);
  });

  it('sends the user to sign-in as expired when the app session is gone, returning to this page', async () => {
    answer = () =>
      Response.json({ detail: 'Your session has ended.', code: 'session_missing' }, { status: 401 });
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 1);
    const target = new URL(assigned[0]!, 'http://app.test');
    assert.equal(target.pathname, '/sign-in');
    assert.equal(target.searchParams.get('callbackUrl'), '/jobs/AIRfoL?run=3&follow=1');
    assert.equal(target.searchParams.get('reason'), 'expired');
  });

  it('sends the user to sign-in as revoked when Rescale refused the stored key', async () => {
    answer = () => Response.json({ detail: 'Invalid token.' }, { status: 401 });
    await assert.rejects(apiFetch('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 1);
    assert.equal(new URL(assigned[0]!, 'http://app.test').searchParams.get('reason'), 'revoked');
  });

  it('sends the user to sign-in as revoked when the proxy says the sign-in ended for a rejected key', async () => {
    answer = () =>
      Response.json(
        { detail: 'Rescale no longer accepts the stored key.', code: 'key_rejected' },
        { status: 401 },
      );
    await assert.rejects(apiFetch('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(new URL(assigned[0]!, 'http://app.test').searchParams.get('reason'), 'revoked');
  });

  it('lets the first 401 decide: the calls under way when the key was rejected do not send the page again', async () => {
    const rejected = () => Response.json({ detail: 'Invalid token.' }, { status: 401 });
    const gone = () =>
      Response.json({ detail: 'Your session has ended.', code: 'session_missing' }, { status: 401 });
    answer = rejected;
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), RescaleError);
    answer = gone;
    await assert.rejects(apiJson('/api/rescale/v2/jobs/?page=2'), RescaleError);
    await assert.rejects(apiJson('/api/rescale/v2/users/me/'), RescaleError);
    assert.equal(assigned.length, 1);
    assert.equal(new URL(assigned[0]!, 'http://app.test').searchParams.get('reason'), 'revoked');
  });

  it('leaves a 401 to the caller when asked to stay, and the next 401 still sends the page to sign-in', async () => {
    answer = () => Response.json({ detail: 'Invalid token.' }, { status: 401 });
    await assert.rejects(
      apiFetch('/api/rescale/v2/jobs/', { method: 'POST', stayOnUnauthorized: true }),
      RescaleError,
    );
    assert.equal(assigned.length, 0);
    await assert.rejects(apiFetch('/api/rescale/v2/jobs/'), RescaleError);
    assert.equal(assigned.length, 1);
  });

  it('turns a network failure into words', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await assert.rejects(apiJson('/api/rescale/v2/jobs/'), (error: RescaleError) => {
      assert.equal(error.status, 0);
      assert.match(error.detail, /Could not reach the dashboard server/);
      return true;
    });
  });
});
