import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from './session-config';
import { DEFAULT_SIGN_IN_LIMITS, readSignInLimits } from './sign-in-limits';

describe('sign-in limits configuration', () => {
  it('defaults to 5 failures per address in 15 minutes, trusting no proxy', () => {
    assert.deepEqual(readSignInLimits({}), { maxFailures: 5, windowSeconds: 900, trustedProxies: 0 });
    assert.deepEqual(readSignInLimits({}), DEFAULT_SIGN_IN_LIMITS);
  });

  it('reads each variable', () => {
    assert.deepEqual(
      readSignInLimits({ SIGN_IN_MAX_FAILURES: '10', SIGN_IN_WINDOW: '1h', TRUST_PROXY: '1' }),
      {
        maxFailures: 10,
        windowSeconds: 3600,
        trustedProxies: 1,
      },
    );
    assert.equal(readSignInLimits({ SIGN_IN_WINDOW: '90' }).windowSeconds, 90);
  });

  it('names the variable that is wrong', () => {
    for (const [variable, value] of [
      ['SIGN_IN_MAX_FAILURES', '0'],
      ['SIGN_IN_MAX_FAILURES', 'many'],
      ['SIGN_IN_WINDOW', 'soon'],
      ['SIGN_IN_WINDOW', '0m'],
      ['TRUST_PROXY', 'true'],
    ] as const) {
      assert.throws(
        () => readSignInLimits({ [variable]: value }),
        (error: unknown) => error instanceof ConfigError && error.variable === variable,
        `${variable}=${value}`,
      );
    }
  });
});
