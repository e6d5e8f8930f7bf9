import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCloneParam } from './clone-param';

describe('parseCloneParam', () => {
  it('reads a job id', () => {
    assert.equal(parseCloneParam('AIRfoL'), 'AIRfoL');
    assert.equal(parseCloneParam(['QTVia', 'x']), 'QTVia');
  });

  it('ignores a missing value or one that is not shaped like a job id', () => {
    assert.equal(parseCloneParam(undefined), null);
    assert.equal(parseCloneParam('../users/me'), null);
    assert.equal(parseCloneParam(''), null);
  });
});
