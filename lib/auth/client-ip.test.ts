import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientIp } from './client-ip';

describe('the client address', () => {
  it('is the address Next recorded when the request came straight from the client', () => {
    assert.equal(clientIp('203.0.113.9', 0), '203.0.113.9');
    assert.equal(clientIp('::ffff:127.0.0.1', 0), '127.0.0.1');
    assert.equal(clientIp('2001:DB8::1', 0), '2001:db8::1');
  });

  it('is the entry the trusted proxy appended, not one the client wrote before it', () => {
    assert.equal(clientIp('6.6.6.6, 203.0.113.9', 1), '203.0.113.9');
    assert.equal(clientIp('6.6.6.6, 203.0.113.9, 10.0.0.2', 2), '203.0.113.9');
  });

  it('is the leftmost entry when there are fewer entries than trusted proxies', () => {
    assert.equal(clientIp('203.0.113.9', 3), '203.0.113.9');
  });

  it('is a fixed bucket when missing or not an address, never the raw header', () => {
    assert.equal(clientIp(null, 1), 'unknown');
    assert.equal(clientIp(' , ', 1), 'unknown');
    assert.equal(clientIp('<script>', 1), 'invalid');
    assert.equal(clientIp('a'.repeat(100), 1), 'invalid');
  });
});
