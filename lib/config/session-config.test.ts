import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ConfigError,
  DEFAULT_SESSION_TTL_SECONDS,
  newestSecret,
  parseSessionSecrets,
  parseSessionTtl,
  readSessionConfig,
} from './session-config';

const A = 'a'.repeat(32);
const B = 'b'.repeat(40);
const C = 'c'.repeat(48);

function namesVariable(variable: string) {
  return (error: unknown) =>
    error instanceof ConfigError && error.variable === variable && error.message.includes(variable);
}

describe('SESSION_SECRET', () => {
  it('numbers comma-separated secrets so that the first (newest) has the highest id', () => {
    assert.deepEqual(parseSessionSecrets(`${C}, ${B},${A}`), { '3': C, '2': B, '1': A });
    assert.equal(newestSecret(parseSessionSecrets(`${C},${B}`)), C);
  });

  it('rejects a secret shorter than 32 characters, saying which one', () => {
    assert.throws(() => parseSessionSecrets(`${A},short`), namesVariable('SESSION_SECRET'));
    assert.throws(() => parseSessionSecrets(`${A},short`), /number 2 of 2 is 5 characters/);
  });

  it('rejects a value holding only separators', () => {
    assert.throws(() => parseSessionSecrets(' , '), namesVariable('SESSION_SECRET'));
  });

  it('makes production refuse to start without it, naming the variable', () => {
    assert.throws(
      () => readSessionConfig({ NODE_ENV: 'production' }, () => A),
      (error: unknown) => namesVariable('SESSION_SECRET')(error) && /refuses to start/.test(String(error)),
    );
  });

  it('is generated outside production, and the config says so', () => {
    const config = readSessionConfig({ NODE_ENV: 'development' }, () => A);
    assert.deepEqual(config.passwords, { '1': A });
    assert.equal(config.secretGenerated, true);
  });

  it('is used as given in production', () => {
    const config = readSessionConfig({ NODE_ENV: 'production', SESSION_SECRET: `${B},${A}` }, () => C);
    assert.deepEqual(config.passwords, { '2': B, '1': A });
    assert.equal(config.secretGenerated, false);
  });
});

describe('SESSION_TTL', () => {
  it('defaults to 12 hours', () => {
    assert.equal(DEFAULT_SESSION_TTL_SECONDS, 43200);
    assert.equal(parseSessionTtl(undefined), 43200);
    assert.equal(parseSessionTtl(''), 43200);
  });

  it('reads seconds or a number with a unit', () => {
    assert.equal(parseSessionTtl('3600'), 3600);
    assert.equal(parseSessionTtl('90m'), 5400);
    assert.equal(parseSessionTtl('8h'), 28800);
    assert.equal(parseSessionTtl('2d'), 172800);
  });

  it('rejects what is not a duration or too short to hold a session', () => {
    assert.throws(() => parseSessionTtl('soon'), namesVariable('SESSION_TTL'));
    assert.throws(() => parseSessionTtl('-5'), namesVariable('SESSION_TTL'));
    assert.throws(() => parseSessionTtl('30s'), namesVariable('SESSION_TTL'));
  });
});
