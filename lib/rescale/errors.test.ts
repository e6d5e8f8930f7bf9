import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonErrorResponse, parseRetryAfter, RescaleError, rescaleErrorFromResponse } from './errors';

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    assert.equal(parseRetryAfter('12'), 12);
  });

  it('reads an HTTP date as the seconds left until it', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30);
  });

  it('never answers a negative wait for a date in the past', () => {
    const now = Date.parse('2026-01-01T00:01:00Z');
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 0);
  });

  it('answers null for a missing or unreadable header', () => {
    assert.equal(parseRetryAfter(null), null);
    assert.equal(parseRetryAfter('soon'), null);
  });
});

describe('rescaleErrorFromResponse', () => {
  it('keeps the status and the platform detail of a DRF error body', async () => {
    const error = await rescaleErrorFromResponse(Response.json({ detail: 'Not found.' }, { status: 404 }));
    assert.ok(error instanceof RescaleError);
    assert.equal(error.status, 404);
    assert.equal(error.detail, 'Not found.');
    assert.equal(error.message, 'Not found.');
    assert.deepEqual(error.body, { detail: 'Not found.' });
    assert.equal(error.code, null);
  });

  it('reads Retry-After on a throttled answer', async () => {
    const res = Response.json(
      { detail: 'Request was throttled. Expected available in 12 seconds.' },
      { status: 429, headers: { 'retry-after': '7' } },
    );
    const error = await rescaleErrorFromResponse(res);
    assert.equal(error.retryAfterSeconds, 7);
  });

  it('falls back to the wait named in the throttle detail when the header is missing', async () => {
    const res = Response.json(
      { detail: 'Request was throttled. Expected available in 12 seconds.' },
      { status: 429 },
    );
    assert.equal((await rescaleErrorFromResponse(res)).retryAfterSeconds, 12);
  });

  it('collects field-keyed validation errors and describes them', async () => {
    const res = Response.json(
      { name: ['This field is required.'], jobanalyses: ['Too many.', 'Bad code.'] },
      { status: 400 },
    );
    const error = await rescaleErrorFromResponse(res);
    assert.deepEqual(error.fieldErrors, {
      name: ['This field is required.'],
      jobanalyses: ['Too many.', 'Bad code.'],
    });
    assert.match(error.detail, /name: This field is required\./);
    assert.match(error.detail, /jobanalyses: Too many\. Bad code\./);
  });

  it('keeps the proxy code of the app own failures', async () => {
    const error = await rescaleErrorFromResponse(jsonErrorResponse(401, 'Sign in again.', 'session_missing'));
    assert.equal(error.status, 401);
    assert.equal(error.code, 'session_missing');
    assert.equal(error.detail, 'Sign in again.');
  });

  it('gives words to a body that is not JSON', async () => {
    const res = new Response('<html>Bad gateway</html>', {
      status: 503,
      headers: { 'content-type': 'text/html' },
    });
    const error = await rescaleErrorFromResponse(res);
    assert.equal(error.status, 503);
    assert.match(error.detail, /Rescale had a problem answering \(HTTP 503\)/);
  });

  it('gives words to an empty 401', async () => {
    const error = await rescaleErrorFromResponse(new Response(null, { status: 401 }));
    assert.match(error.detail, /did not accept the API key/);
  });
});

describe('jsonErrorResponse', () => {
  it('answers JSON with a detail and a code, never cached', async () => {
    const res = jsonErrorResponse(403, 'Refused.', 'csrf');
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.deepEqual(await res.json(), { detail: 'Refused.', code: 'csrf' });
  });
});
