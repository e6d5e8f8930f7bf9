import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeJobId } from './job-id';

describe('looksLikeJobId', () => {
  it('accepts five or six letters and digits, around spaces', () => {
    for (const id of ['AIRfoL', 'QTVia', ' cHDtgb ', '12345']) assert.equal(looksLikeJobId(id), true, id);
  });

  it('refuses names, paths and other lengths', () => {
    for (const text of ['', 'abcd', 'airfoil', 'Bumper beam', 'AIR-oL', 'jobs/AIRfoL', 'AIRfoLx'])
      assert.equal(looksLikeJobId(text), false, text);
  });
});
