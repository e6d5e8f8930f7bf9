import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSecureCookies } from './cookie-security';
import { ConfigError } from './session-config';

describe('secure cookies', () => {
  it('are the default, on https and on plain http alike', () => {
    assert.equal(readSecureCookies({}), true);
    assert.equal(readSecureCookies({ NEXTAUTH_URL: 'http://127.0.0.1:3000' }), true);
    assert.equal(readSecureCookies({ INSECURE_COOKIES: '0' }), true);
  });

  it('are given up only when asked for, on a loopback http URL', () => {
    for (const url of ['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000']) {
      assert.equal(readSecureCookies({ INSECURE_COOKIES: '1', NEXTAUTH_URL: url }), false, url);
    }
  });

  it('are never given up for a deployment', () => {
    for (const url of [
      'https://dashboard.example.com',
      'http://dashboard.example.com',
      'http://10.0.0.5',
      undefined,
    ]) {
      assert.throws(
        () => readSecureCookies({ INSECURE_COOKIES: '1', NEXTAUTH_URL: url }),
        (error: unknown) => error instanceof ConfigError && error.variable === 'INSECURE_COOKIES',
        String(url),
      );
    }
  });
});
