import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RescaleError } from '@/lib/rescale/errors';
import { requestFailureMessage } from './request-failure-message';

describe('requestFailureMessage', () => {
  it('gives the platform’s own words when it has them', () => {
    assert.equal(
      requestFailureMessage(new RescaleError({ status: 400, detail: 'The upload was interrupted.' })),
      'The upload was interrupted.',
    );
  });

  it('says how long to wait when the key is being throttled', () => {
    const throttled = new RescaleError({
      status: 429,
      detail: 'Request was throttled.',
      retryAfterSeconds: 12,
    });
    assert.equal(
      requestFailureMessage(throttled),
      'Rescale is limiting requests for this key. Try again in 12 s.',
    );
  });

  it('tells a signed-out user to sign in again', () => {
    assert.match(
      requestFailureMessage(new RescaleError({ status: 401, detail: 'Invalid token.' })),
      /Sign in again/,
    );
  });

  it('falls back to the error’s message, then to a generic sentence', () => {
    assert.equal(
      requestFailureMessage(new Error('The upload timed out. Try again.')),
      'The upload timed out. Try again.',
    );
    assert.equal(requestFailureMessage('boom'), 'The request failed for an unknown reason. Try again.');
  });
});
