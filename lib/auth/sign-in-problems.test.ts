import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSignInProblem, signInProblemMessage } from './sign-in-problems';

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
