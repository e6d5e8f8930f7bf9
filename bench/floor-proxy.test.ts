import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFloorProxy } from './floor-proxy';

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

test('the floor proxy adds the key, keeps the path and pipes the body both ways', async (t) => {
  const upstream = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' });
      res.end(
        JSON.stringify({
          authorization: req.headers.authorization,
          url: req.url,
          method: req.method,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
  });
  const floor = createFloorProxy({ upstream: await listen(upstream), key: 'k3y' });
  const floorUrl = await listen(floor);
  t.after(() => {
    floor.close();
    upstream.close();
    floor.closeAllConnections();
    upstream.closeAllConnections();
  });

  const res = await fetch(`${floorUrl}/api/v2/files/contents/?x=1`, { method: 'POST', body: 'payload' });

  assert.equal(res.status, 201);
  assert.equal(res.headers.get('x-upstream'), 'yes');
  assert.deepEqual(await res.json(), {
    authorization: 'Token k3y',
    url: '/api/v2/files/contents/?x=1',
    method: 'POST',
    body: 'payload',
  });
});

test('the floor proxy answers 502 when the upstream is unreachable', async (t) => {
  const closed = http.createServer();
  const deadUrl = await listen(closed);
  closed.close();
  const floor = createFloorProxy({ upstream: deadUrl, key: 'k' });
  const floorUrl = await listen(floor);
  t.after(() => {
    floor.close();
    floor.closeAllConnections();
  });

  const res = await fetch(`${floorUrl}/api/v2/jobs/`);

  assert.equal(res.status, 502);
});
