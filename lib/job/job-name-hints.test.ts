import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adaSession } from '../../test/support/signed-in-session';

const { jobNameHint, MAX_JOB_NAME_HINTS, rememberJobNames } = await import('./job-name-hints');

const grace = { ...adaSession, user: { email: 'grace@example.com', fullName: 'Grace Hopper' } };
const otherRegion = { ...adaSession, platform: { ...adaSession.platform, id: 'eu' } };

test('a job seen by a viewer is named for that viewer, in that region, and for no one else', () => {
  rememberJobNames(adaSession, [{ id: 'Hint1', name: 'Wing flutter' }]);
  assert.equal(jobNameHint(adaSession, 'Hint1'), 'Wing flutter');
  assert.equal(jobNameHint(grace, 'Hint1'), undefined);
  assert.equal(jobNameHint(otherRegion, 'Hint1'), undefined);
  assert.equal(jobNameHint(adaSession, 'Unseen'), undefined);
});

test('a job seen again under a new name is named by the newer', () => {
  rememberJobNames(adaSession, [{ id: 'Hint2', name: 'Before' }]);
  rememberJobNames(adaSession, [{ id: 'Hint2', name: 'After' }]);
  assert.equal(jobNameHint(adaSession, 'Hint2'), 'After');
});

test('past the bound the least recently used names go first', () => {
  rememberJobNames(adaSession, [
    { id: 'Kept', name: 'Kept' },
    { id: 'Dropped', name: 'Dropped' },
  ]);
  assert.equal(jobNameHint(adaSession, 'Kept'), 'Kept');
  rememberJobNames(
    adaSession,
    Array.from({ length: MAX_JOB_NAME_HINTS - 1 }, (_, index) => ({ id: `Filler${index}`, name: 'Filler' })),
  );
  assert.equal(jobNameHint(adaSession, 'Dropped'), undefined);
  assert.equal(jobNameHint(adaSession, 'Kept'), 'Kept');
  assert.equal(jobNameHint(adaSession, `Filler${MAX_JOB_NAME_HINTS - 2}`), 'Filler');
});
