import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RescaleError } from '@/lib/rescale/errors';
import { saveFailureErrors, signInReasonOf } from './save-job';

describe('saveFailureErrors', () => {
  it('puts the platform’s field errors on their fields and says nothing was lost', () => {
    const refused = new RescaleError({
      status: 400,
      detail: 'Rescale rejected the request.',
      body: { jobanalyses: [{ inputFiles: [{ id: ['File "Xy" does not exist.'] }] }] },
    });
    assert.deepEqual(saveFailureErrors(refused), {
      inputFiles: 'File "Xy" does not exist.',
      form: 'Rescale did not accept the job. Correct the fields below; nothing you typed was lost.',
    });
  });

  it('keeps a 400 without field errors as a message for the whole form', () => {
    assert.deepEqual(
      saveFailureErrors(new RescaleError({ status: 400, detail: 'Bad job.', body: 'Bad job.' })),
      {
        form: 'Bad job.',
      },
    );
  });

  it('tells a signed-out user the form is kept', () => {
    const signedOut = new RescaleError({
      status: 401,
      detail: 'Your session has ended.',
      code: 'session_missing',
    });
    assert.match(saveFailureErrors(signedOut).form ?? '', /Your form is kept in this browser/);
  });

  it('explains a network failure without losing the form', () => {
    const offline = new RescaleError({
      status: 0,
      detail: 'Could not reach the dashboard server.',
      code: 'network_error',
    });
    assert.equal(
      saveFailureErrors(offline).form,
      'The job was not saved: Could not reach the dashboard server. Nothing you typed was lost; try again.',
    );
  });
});

describe('signInReasonOf', () => {
  it('tells an ended app session from a key Rescale refused', () => {
    assert.equal(
      signInReasonOf(new RescaleError({ status: 401, detail: 'x', code: 'session_missing' })),
      'expired',
    );
    assert.equal(signInReasonOf(new RescaleError({ status: 401, detail: 'Invalid token.' })), 'revoked');
  });

  it('asks for no sign-in on other failures', () => {
    assert.equal(signInReasonOf(new RescaleError({ status: 503, detail: 'x' })), null);
    assert.equal(signInReasonOf(new Error('offline')), null);
  });
});
