import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endedWords } from './job-notification';

test('a job that completed successfully is told as such', () => {
  assert.equal(
    endedWords({ status: 'Completed', reason: 'Completed successfully' }),
    'Completed successfully',
  );
});

test('a completion that was not a success, or a failure, gives its reason with the status', () => {
  assert.equal(endedWords({ status: 'Completed', reason: 'A run failed' }), 'Completed: A run failed');
  assert.equal(endedWords({ status: 'Failed', reason: 'Out of memory' }), 'Failed: Out of memory');
});

test('without a reason the status alone is told', () => {
  assert.equal(endedWords({ status: 'Stopped', reason: null }), 'Stopped');
  assert.equal(endedWords({ status: 'Completed', reason: '' }), 'Completed');
});
