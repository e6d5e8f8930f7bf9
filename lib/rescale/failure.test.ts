import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RescaleError } from './errors';
import { describeFailure, errorCodeOf, type ErrorCode } from './failure';
import { describeStatus, retryingWords, throttledWords } from './failure-words';

const failure = (status: number, detail = '', more: { code?: string; retryAfterSeconds?: number } = {}) =>
  new RescaleError({ status, detail, ...more });

describe('errorCodeOf', () => {
  it('gives each failure one code, whichever side of the proxy it came from', () => {
    const cases: Array<[unknown, ErrorCode]> = [
      [failure(400), 'invalid'],
      [failure(400, 'Bad path.', { code: 'invalid_path' }), 'invalid'],
      [failure(401, '', { code: 'session_missing' }), 'key_rejected'],
      [failure(403), 'forbidden'],
      [failure(404), 'not_found'],
      [failure(413), 'too_large'],
      [failure(429), 'throttled'],
      [failure(0, 'No answer.', { code: 'network_error' }), 'unreachable'],
      [failure(502, 'Unreachable.', { code: 'upstream_unreachable' }), 'unreachable'],
      [failure(504, 'Too slow.', { code: 'upstream_timeout' }), 'unreachable'],
      [new TypeError('fetch failed'), 'unreachable'],
      [failure(503), 'upstream'],
      [failure(502, 'Not JSON.', { code: 'upstream_invalid_json' }), 'upstream'],
      [failure(409), 'unexpected'],
      [new Error('boom'), 'unexpected'],
      ['boom', 'unexpected'],
    ];
    for (const [error, code] of cases) assert.equal(errorCodeOf(error), code, String(error));
  });
});

describe('describeFailure', () => {
  it('gives the platform’s own words when it has them', () => {
    assert.equal(describeFailure(failure(400, 'The upload was interrupted.')), 'The upload was interrupted.');
    assert.equal(describeFailure(failure(403, 'Not yours.')), 'Not yours.');
    assert.equal(describeFailure(failure(404, 'Not found.')), 'Not found.');
    assert.equal(describeFailure(failure(503, 'Down for maintenance.')), 'Down for maintenance.');
  });

  it('falls back to the status’s words when the platform gave none', () => {
    assert.equal(describeFailure(failure(503)), describeStatus(503));
    assert.match(describeFailure(failure(503)), /HTTP 503/);
  });

  it('says how long to wait when the key is being throttled, in one sentence everywhere', () => {
    const throttled = failure(429, 'Request was throttled.', { retryAfterSeconds: 12 });
    assert.equal(describeFailure(throttled), 'Rescale is limiting requests for this key. Try again in 12 s.');
    assert.equal(describeFailure(failure(429)), throttledWords(null));
    assert.equal(describeStatus(429, 12), describeFailure(throttled));
  });

  it('tells a signed-out user to sign in again', () => {
    assert.equal(
      describeFailure(failure(401, 'Invalid token.')),
      'Your session has ended. Sign in again, then try once more.',
    );
  });

  it('names a file refused for its size', () => {
    assert.equal(describeFailure(failure(413)), 'The platform refused the file as too large.');
  });

  it('blames the connection when no answer came back', () => {
    assert.equal(
      describeFailure(new TypeError('fetch failed')),
      'The dashboard server did not answer. Check your connection and try again.',
    );
    assert.equal(
      describeFailure(failure(502, 'Rescale (EU) could not be reached.', { code: 'upstream_unreachable' })),
      'Rescale (EU) could not be reached.',
    );
  });

  it('falls back to the error’s message, then to a generic sentence', () => {
    assert.equal(
      describeFailure(new Error('The upload timed out. Try again.')),
      'The upload timed out. Try again.',
    );
    assert.equal(describeFailure('boom'), 'The request failed for an unknown reason. Try again.');
  });

  it('quotes the platform’s reason for a refused action, without inviting another try', () => {
    assert.equal(
      describeFailure(failure(400, 'This job is already stopping.'), { action: 'stop the job' }),
      'Rescale refused to stop the job: “This job is already stopping.”',
    );
    assert.equal(
      describeFailure(failure(409, ''), { action: 'delete the job' }),
      'Rescale refused to delete the job and gave no reason.',
    );
  });

  it('says which action failed', () => {
    assert.equal(
      describeFailure(failure(502, 'Bad gateway.'), { action: 'stop the job' }),
      'Could not stop the job. Bad gateway.',
    );
    assert.equal(
      describeFailure(failure(429, '', { retryAfterSeconds: 3 }), { action: 'submit the job' }),
      'Could not submit the job. Rescale is limiting requests for this key. Try again in 3 s.',
    );
    assert.match(
      describeFailure(new TypeError('fetch failed'), { action: 'share the job' }),
      /^Could not share the job\. The dashboard server did not answer\. Check your connection/,
    );
  });
});

describe('retryingWords', () => {
  it('counts down a retry the dashboard makes by itself', () => {
    assert.equal(retryingWords(7), 'Rescale is limiting requests for this key; retrying in 7 s');
  });
});
