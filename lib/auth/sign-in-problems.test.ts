import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  parseSignInProblem,
  parseThrottleWait,
  signInProblemMessage,
  throttledMessage,
  throttledProblem,
} from './sign-in-problems';

const eu = { label: 'Europe', url: 'https://eu.rescale.com' };

describe('sign-in problems', () => {
  it('name the region and its host when the key is rejected', () => {
    assert.match(
      signInProblemMessage('rejected', eu),
      /Europe region \(eu\.rescale\.com\) did not accept this API key/,
    );
  });

  it('say when the region cannot be reached', () => {
    assert.match(
      signInProblemMessage('unreachable', eu),
      /Europe region \(eu\.rescale\.com\) could not be reached/,
    );
  });

  it('turn an unknown error code into a generic failure rather than echoing it', () => {
    assert.equal(parseSignInProblem('rejected'), 'rejected');
    assert.equal(parseSignInProblem('<img src=x>'), 'failed');
    assert.equal(parseSignInProblem(undefined), 'failed');
  });
});

describe('a throttled sign-in', () => {
  it('carries the wait in its code and says it in words', () => {
    assert.equal(parseThrottleWait(throttledProblem(119.2)), 120);
    assert.match(throttledMessage(120), /Wait 2 minutes, then try again/);
    assert.match(throttledMessage(1), /Wait 1 second,/);
    assert.match(throttledMessage(45), /Wait 45 seconds,/);
    assert.match(throttledMessage(900), /Wait 15 minutes,/);
    assert.match(throttledMessage(3601), /Wait 2 hours,/);
  });

  it('is not read from anything but its own code', () => {
    assert.equal(parseThrottleWait('rejected'), null);
    assert.equal(parseThrottleWait('throttled:'), null);
    assert.equal(parseThrottleWait('throttled:12<script>'), null);
    assert.equal(parseSignInProblem('throttled:12'), 'failed');
  });
});
