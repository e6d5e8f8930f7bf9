import '../../test/support/allow-server-only';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { capturedLogger } from '../../test/support/captured-logger';

const { nextAuthLogger } = await import('./next-auth-logger');

describe('nextAuthLogger', () => {
  it('logs a session cookie that no longer opens as one warning line, without a stack or a message', () => {
    const { logger, lines, entries } = capturedLogger();
    const error = new Error('JWT invalid: eyJhbGciOi.secret-looking-token');
    nextAuthLogger(logger).error!('JWT_SESSION_ERROR', error);
    assert.equal(lines.length, 1);
    assert.deepEqual(
      { level: entries()[0]!.level, code: entries()[0]!.code, error: entries()[0]!.error },
      { level: 40, code: 'JWT_SESSION_ERROR', error: 'Error' },
    );
    assert.doesNotMatch(lines[0]!, /secret-looking-token|"stack"|\n\s+at /);
  });

  it('logs any other code as an error, naming the error carried in metadata', () => {
    const { logger, entries } = capturedLogger();
    nextAuthLogger(logger).error!('SESSION_ERROR', { error: new TypeError('fetch failed'), token: 'abc' });
    const [entry] = entries();
    assert.equal(entry!.level, 50);
    assert.equal(entry!.code, 'SESSION_ERROR');
    assert.equal(entry!.error, 'TypeError');
    assert.equal(JSON.stringify(entry).includes('abc'), false);
  });
});
