import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runLoad } from './load';

async function serve(handler: http.RequestListener): Promise<{ url: string; close(): void }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close() {
      server.close();
      server.closeAllConnections();
    },
  };
}

test('a load run reports the latency the server adds, at sub-millisecond resolution', async (t) => {
  const server = await serve((_req, res) => setTimeout(() => res.end('ok'), 5));
  t.after(() => server.close());

  const result = await runLoad({ url: server.url, connections: 2, seconds: 1 });

  assert.ok(result.requests > 1, `${result.requests} requests`);
  assert.ok(result.p50Ms >= 5, `p50 ${result.p50Ms}`);
  assert.ok(result.p99Ms >= result.p50Ms);
  // At least one second of load: the rate is no more than the count.
  assert.ok(result.requestsPerSecond > 0 && result.requestsPerSecond <= result.requests * 1.05);
  assert.notEqual(result.p50Ms, Math.round(result.p50Ms));
});

test('a load run that meets error statuses fails instead of reporting their timings', async (t) => {
  const server = await serve((_req, res) => {
    res.statusCode = 429;
    res.end();
  });
  t.after(() => server.close());

  await assert.rejects(runLoad({ url: server.url, connections: 1, seconds: 1 }), /429/);
});
