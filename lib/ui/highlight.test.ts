import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countMatches, highlightPieces } from './highlight';

describe('highlightPieces', () => {
  it('marks every case-insensitive match and keeps the text around them', () => {
    assert.deepEqual(highlightPieces('Time = 12, time step', 'TIME'), [
      { text: 'Time', match: true },
      { text: ' = 12, ', match: false },
      { text: 'time', match: true },
      { text: ' step', match: false },
    ]);
  });

  it('returns the line whole when there is nothing to find', () => {
    assert.deepEqual(highlightPieces('abc', ''), [{ text: 'abc', match: false }]);
    assert.deepEqual(highlightPieces('abc', 'z'), [{ text: 'abc', match: false }]);
  });

  it('keeps an empty line as one empty piece', () => {
    assert.deepEqual(highlightPieces('', 'a'), [{ text: '', match: false }]);
  });
});

describe('countMatches', () => {
  it('counts matches across lines', () => {
    assert.equal(countMatches(['aa', 'a b a'], 'a'), 4);
  });
});
