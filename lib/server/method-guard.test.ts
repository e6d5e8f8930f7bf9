import '../../test/support/allow-server-only';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/http-server';

const { refuseUnservedMethods } = await import('./method-guard');

function send(
  url: string,
  method: string,
): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('refuseUnservedMethods', () => {
  let server: TestServer;
  let reached: string[] = [];

  before(async () => {
    refuseUnservedMethods();
    server = await startTestServer((req, res) => {
      reached.push(req.method ?? '');
      res.end('ok');
    });
  });

  after(() => server.close());

  // Node's parser answers 400 itself to names it does not know (TRACK, FOO), before any listener.
  for (const method of ['TRACE', 'PROPFIND', 'PURGE', 'MKCOL']) {
    it(`answers ${method} with 405 and Allow, before the app sees it`, async () => {
      reached = [];
      const res = await send(server.url, method);
      assert.equal(res.status, 405);
      assert.equal(res.allow, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
      assert.equal(JSON.parse(res.body).code, 'method_not_allowed');
      assert.deepEqual(reached, []);
    });
  }

  it('lets the served methods through', async () => {
    reached = [];
    for (const method of ['GET', 'POST', 'DELETE', 'OPTIONS'])
      assert.equal((await send(server.url, method)).status, 200);
    assert.deepEqual(reached, ['GET', 'POST', 'DELETE', 'OPTIONS']);
  });
});
