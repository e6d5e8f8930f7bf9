import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markedTitle, unmarkedTitle } from './title-mark';

test('the title counts the unseen endings in front, replacing any earlier count', () => {
  assert.equal(markedTitle('Jobs · Rescale Dashboard', 1), '● (1) Jobs · Rescale Dashboard');
  assert.equal(markedTitle('● (1) Jobs · Rescale Dashboard', 2), '● (2) Jobs · Rescale Dashboard');
});

test('with nothing unseen the title is left plain', () => {
  assert.equal(markedTitle('● (3) Jobs', 0), 'Jobs');
  assert.equal(markedTitle('Jobs', 0), 'Jobs');
});

test('a job name that starts with a count in brackets is not taken for the mark', () => {
  assert.equal(unmarkedTitle('(12) Job runs'), '(12) Job runs');
  assert.equal(markedTitle('(12) Job runs', 1), '● (1) (12) Job runs');
});
