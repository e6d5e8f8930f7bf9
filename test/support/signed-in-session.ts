/**
 * A signed-in session for the auth tests: the region it is in, Ada's sign-in as the
 * vault holds it, and the region allowlist that must name that region for it to open.
 */
import { afterEach, beforeEach } from 'node:test';
import type { VaultSession } from '../../lib/auth/vault';

export const sandboxRegion = { id: 'sandbox', label: 'sandbox', url: 'http://127.0.0.1:4010' };

export const adaSession: VaultSession = {
  sid: 'ada-sign-in-0123456789',
  expiresAt: Date.parse('2030-01-01T00:00:00Z'),
  key: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0',
  platform: sandboxRegion,
  user: { email: 'ada@example.com', fullName: 'Ada Lovelace' },
};

/** Lets `RESCALE_PLATFORMS` name `sandboxRegion` during each test, and puts the old value back after. */
export function allowSandboxRegion(): void {
  const original = process.env.RESCALE_PLATFORMS;
  beforeEach(() => {
    process.env.RESCALE_PLATFORMS = `sandbox=${sandboxRegion.url}`;
  });
  afterEach(() => {
    if (original === undefined) delete process.env.RESCALE_PLATFORMS;
    else process.env.RESCALE_PLATFORMS = original;
  });
}
