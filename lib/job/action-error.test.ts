import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RescaleError } from '../rescale/errors';
import { actionErrorText } from './action-error';

describe('actionErrorText', () => {
  it('quotes the platform’s own reason for a refusal, without asking to try again', () => {
    const error = new RescaleError({ status: 400, detail: 'This job is already stopping.' });
    assert.equal(
      actionErrorText('stop the job', error),
      'Rescale refused to stop the job: “This job is already stopping.”',
    );
  });

  it('asks to try again only where another attempt can succeed', () => {
    const error = new RescaleError({ status: 502, detail: 'Bad gateway.' });
    assert.equal(
      actionErrorText('stop the job', error),
      'Could not stop the job (502). Rescale said: “Bad gateway.” Try again.',
    );
  });

  it('says when to retry a throttled action', () => {
    const error = new RescaleError({ status: 429, detail: 'Request was throttled.', retryAfterSeconds: 12 });
    assert.match(actionErrorText('submit the job', error), /limiting requests.*Try again in 12 s\./);
  });

  it('explains a job that has gone', () => {
    const error = new RescaleError({ status: 404, detail: 'Not found.' });
    assert.match(actionErrorText('delete the job', error), /no longer finds this job/);
  });

  it('blames the connection when the request never got an answer', () => {
    assert.match(
      actionErrorText('share the job', new TypeError('fetch failed')),
      /did not answer\. Check your connection/,
    );
  });
});
