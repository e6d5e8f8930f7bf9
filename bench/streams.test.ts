import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';
import { MiB, download, upload } from './streams';

async function serve(handler: http.RequestListener): Promise<{ url: string; close(): void }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      server.close();
      server.closeAllConnections();
    },
  };
}

test('an upload arrives as one multipart file of exactly the requested size', async (t) => {
  const server = await serve((req, res) => {
    const parser = busboy({ headers: req.headers });
    let size = 0;
    let name = '';
    parser.on('file', (field, stream, info) => {
      name = `${field}:${info.filename}`;
      stream.on('data', (chunk: Buffer) => (size += chunk.length));
    });
    parser.on('close', () => res.end(JSON.stringify({ name, size, auth: req.headers.authorization })));
    req.pipe(parser);
  });
  t.after(() => server.close());

  const result = await upload(`${server.url}/up`, { authorization: 'Token t' }, 3 * MiB + 7, 'in.bin');

  assert.deepEqual(result.response, { name: 'file:in.bin', size: 3 * MiB + 7, auth: 'Token t' });
  assert.equal(result.bytes, 3 * MiB + 7);
  assert.ok(result.mibPerSecond > 0);
});

test('a refused upload reports the status and the reason', async (t) => {
  const server = await serve((_req, res) => {
    res.statusCode = 413;
    res.end('{"detail":"too big"}');
  });
  t.after(() => server.close());

  await assert.rejects(upload(`${server.url}/up`, {}, 64 * MiB, 'big.bin'), /413.*too big/);
});

test('a download is read to the end and checked against its expected size', async (t) => {
  const server = await serve((_req, res) => res.end(Buffer.alloc(2 * MiB)));
  t.after(() => server.close());

  const result = await download(`${server.url}/f`, {}, 2 * MiB);
  assert.equal(result.bytes, 2 * MiB);
  await assert.rejects(download(`${server.url}/f`, {}, MiB), /not 1048576/);
});
