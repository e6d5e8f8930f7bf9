import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SHUTDOWN_GRACE_SECONDS, parseLogLevel, parseShutdownGraceSeconds } from './runtime-config';

describe('parseShutdownGraceSeconds', () => {
  it('defaults to 25 seconds when unset or blank', () => {
    assert.equal(DEFAULT_SHUTDOWN_GRACE_SECONDS, 25);
    assert.equal(parseShutdownGraceSeconds(undefined), 25);
    assert.equal(parseShutdownGraceSeconds(' '), 25);
  });

  it('reads whole seconds, zero included', () => {
    assert.equal(parseShutdownGraceSeconds('60'), 60);
    assert.equal(parseShutdownGraceSeconds('0'), 0);
  });

  it('names the variable when the value is not whole seconds in range', () => {
    for (const raw of ['25s', '-1', '1.5', '3601']) {
      assert.throws(() => parseShutdownGraceSeconds(raw), /SHUTDOWN_GRACE_S/);
    }
  });
});

describe('parseLogLevel', () => {
  it('defaults to info and reads any pino level, in any case', () => {
    assert.equal(parseLogLevel(undefined), 'info');
    assert.equal(parseLogLevel('DEBUG'), 'debug');
    assert.equal(parseLogLevel('silent'), 'silent');
  });

  it('names the variable and the choices for an unknown level', () => {
    assert.throws(() => parseLogLevel('verbose'), /LOG_LEVEL must be one of fatal, error/);
  });
});
