import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';

/**
 * Just enough of Redis for a client's ready check and PING: INFO says it is not loading,
 * PING gets PONG, anything else OK. Stopping it makes Redis "down" for the client.
 */
const sockets = new Set<Socket>();
const fakeRedis = createServer((socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('data', (data) => {
    // One answer per command; a client sends several at once (AUTH, then INFO).
    for (const command of data.toString().split(/^\*/m).slice(1)) {
      const info = '# Server\r\nloading:0\r\n';
      if (/\binfo\b/i.test(command)) socket.write(`$${info.length}\r\n${info}\r\n`);
      else if (/\bping\b/i.test(command)) socket.write('+PONG\r\n');
      else socket.write('+OK\r\n');
    }
  });
});
const port = await new Promise<number>((done) =>
  fakeRedis.listen(0, '127.0.0.1', () => done((fakeRedis.address() as { port: number }).port)),
);
process.env.REDIS_URL = `redis://:s3cret-password@127.0.0.1:${port}`;

const { checkReadiness } = await import('./readiness');
const { getRedis } = await import('./redis');
const { installGracefulShutdown, isShuttingDown } = await import('./shutdown');

describe('checkReadiness', () => {
  after(() => getRedis()?.disconnect());

  it('is ready when the configuration is valid and Redis answers a PING', async () => {
    assert.deepEqual(await checkReadiness(), { ok: true });
  });

  it('is not ready once Redis stops answering, and says so without the URL and its password', async () => {
    await new Promise((done) => {
      fakeRedis.close(done);
      for (const socket of sockets) socket.destroy();
    });
    const readiness = await checkReadiness();
    assert.ok(!readiness.ok);
    assert.match(readiness.reason, /^Redis \(REDIS_URL\) did not answer a PING/);
    assert.ok(!readiness.reason.includes('s3cret-password'));
  });

  it('is not ready from the first moment of a SIGTERM, before anything else is checked', async () => {
    installGracefulShutdown(3600);
    assert.equal(isShuttingDown(), false);
    process.emit('SIGTERM');
    assert.equal(isShuttingDown(), true);
    assert.deepEqual(await checkReadiness(), { ok: false, reason: 'The server is shutting down.' });
  });
});
