import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { capturedLogger } from '../../test/support/captured-logger';
import { freePort } from '../../test/support/redis-server';

const { reportRedisErrors } = await import('./redis');

const PASSWORD = 'redis-password-0f1e2d3c4b5a';

function connectionError(): Error {
  return Object.assign(new Error(`connect ECONNREFUSED redis://:${PASSWORD}@127.0.0.1:1`), {
    code: 'ECONNREFUSED',
  });
}

describe('Redis errors', () => {
  it('are logged once per outage with their code only, and again after Redis came back', () => {
    const { logger, lines, entries } = capturedLogger();
    const redis = new EventEmitter();
    reportRedisErrors(redis, logger);

    for (let attempt = 0; attempt < 5; attempt += 1) redis.emit('error', connectionError());
    assert.equal(lines.length, 1);
    assert.equal(entries()[0]?.code, 'ECONNREFUSED');
    assert.doesNotMatch(lines.join('\n'), new RegExp(PASSWORD));

    redis.emit('ready');
    redis.emit('error', connectionError());
    assert.equal(lines.length, 2);
  });

  it('from a real client that cannot reach Redis make one line, without the password', async () => {
    const { logger, lines } = capturedLogger();
    const url = `redis://:${PASSWORD}@127.0.0.1:${await freePort()}`;
    const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 50, lazyConnect: true });
    reportRedisErrors(redis, logger);
    let attempts = 0;
    redis.on('error', () => {
      attempts += 1;
    });
    try {
      await assert.rejects(redis.ping());
      while (attempts < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      redis.disconnect();
    }
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0] ?? '', new RegExp(PASSWORD));
  });
});
