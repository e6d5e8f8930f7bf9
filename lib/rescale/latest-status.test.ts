import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestStatusEntry } from './latest-status';

test('the first entry of a status list is the newest one', () => {
  const body = {
    count: 2,
    results: [
      { status: 'Completed', statusDate: '2026-11-27T10:00:00Z', statusReason: 'A run failed' },
      { status: 'Executing', statusDate: '2026-11-27T09:00:00Z', statusReason: null },
    ],
  };
  assert.deepEqual(latestStatusEntry(body), body.results[0]);
});

test('a missing reason reads as none', () => {
  assert.deepEqual(
    latestStatusEntry({ results: [{ status: 'Completed', statusDate: '2026-11-27T10:00:00Z' }] }),
    {
      status: 'Completed',
      statusDate: '2026-11-27T10:00:00Z',
      statusReason: null,
    },
  );
});

test('anything but a status list with a well-formed first entry is refused', () => {
  for (const body of [
    null,
    'Completed',
    { results: [] },
    { results: 'no' },
    { results: [null] },
    { results: [{ status: 7, statusDate: '2026-11-27T10:00:00Z', statusReason: null }] },
    { results: [{ status: 'Completed', statusReason: null }] },
    { results: [{ status: 'Completed', statusDate: '2026-11-27T10:00:00Z', statusReason: 42 }] },
  ]) {
    assert.equal(latestStatusEntry(body), null, JSON.stringify(body));
  }
});
