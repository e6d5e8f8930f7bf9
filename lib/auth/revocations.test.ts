import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeRevocationReasons } from '../../test/support/revocation-reasons';

delete process.env.REDIS_URL;
process.env.SESSION_SECRET = 's'.repeat(32);
process.env.SESSION_TTL = '1h';
const revocations = await import('./revocations');
const sharedStore = await import('../server/shared-store');
const { isSessionRevoked, revokeSession } = revocations;
const { getSharedStore } = sharedStore;

describe('revoked sessions without REDIS_URL', () => {
  it('are kept in memory: that sign-in is revoked, no other', async () => {
    assert.equal(getSharedStore().kind, 'memory');
    await revokeSession('sid-memory-1', Date.now() + 60_000, 'signed-out');
    assert.equal(await isSessionRevoked('sid-memory-1'), true);
    assert.equal(await isSessionRevoked('sid-memory-2'), false);
  });

  it('of a session already over are not kept beyond the minute of clock skew', async () => {
    await revokeSession('sid-memory-old', Date.now() - 61_000, 'signed-out');
    assert.equal(await isSessionRevoked('sid-memory-old'), false);
  });
});

describeRevocationReasons('memory', { revocations, sharedStore });
