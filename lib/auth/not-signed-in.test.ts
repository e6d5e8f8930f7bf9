import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signInReasonFor } from '../api/api-client';
import { RescaleError } from '../rescale/errors';
import { notSignedInProblem, signInReasonForReading } from './not-signed-in';

/** What the browser's client makes of a 401 with this body. */
function browserReason(body: { detail: string; code?: string }) {
  return signInReasonFor(new RescaleError({ status: 401, ...body }));
}

describe('the answer to a call without a usable sign-in', () => {
  it('says the key was rejected when the sign-in ended for that, as Rescale’s own 401 does', () => {
    const problem = notSignedInProblem({ state: 'ended', reason: 'revoked' });
    assert.equal(problem.code, 'key_rejected');
    assert.match(problem.detail, /Rescale no longer accepts the stored key/);
    assert.equal(browserReason(problem), 'revoked');
    assert.equal(browserReason({ detail: 'Invalid token.' }), 'revoked');
  });

  it('says the session ended when it ended otherwise, and sign-in then says it expired', () => {
    const problem = notSignedInProblem({ state: 'ended', reason: 'expired' });
    assert.deepEqual(problem, {
      detail: 'Your session has ended. Sign in again to continue.',
      code: 'session_missing',
    });
    assert.equal(browserReason(problem), 'expired');
  });

  it('says so when there was no sign-in at all', () => {
    const problem = notSignedInProblem({ state: 'signed-out' });
    assert.equal(problem.code, 'session_missing');
    assert.match(problem.detail, /not signed in/);
  });
});

describe('signInReasonForReading', () => {
  it('gives the reason a sign-in ended for, and none to a visitor who never signed in', () => {
    assert.equal(signInReasonForReading({ state: 'ended', reason: 'revoked' }), 'revoked');
    assert.equal(signInReasonForReading({ state: 'ended', reason: 'expired' }), 'expired');
    assert.equal(signInReasonForReading({ state: 'signed-out' }), undefined);
  });
});
