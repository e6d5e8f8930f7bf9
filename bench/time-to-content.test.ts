import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timeToContent } from './time-to-content';

test('the content is timed from its marker, even split across two chunks, and the whole to the last byte', async (t) => {
  // The marker's first half ends one chunk; its second half starts the next, 30 ms later;
  // the document ends 60 ms after that.
  const server = http.createServer((_req, res) => {
    res.write('<html><body><h1>Airfoil 2D');
    setTimeout(() => res.write(' DOE sweep</h1>'), 30);
    setTimeout(() => res.end('</body></html>'), 90);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.close();
    server.closeAllConnections();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const times = await timeToContent({ url, headers: {}, marker: 'Airfoil 2D DOE sweep', seconds: 0.5 });

  assert.ok(times.contentMs.length >= 2, `${times.contentMs.length} requests`);
  for (const [index, contentMs] of times.contentMs.entries()) {
    const wholeMs = times.wholeMs[index] as number;
    assert.ok(contentMs >= 29 && contentMs < wholeMs - 40, `content ${contentMs} ms, whole ${wholeMs} ms`);
    assert.ok(wholeMs >= 89, `whole ${wholeMs} ms`);
  }
});

test('a page that never carries the marker fails the measurement, naming it', async (t) => {
  const server = http.createServer((_req, res) => res.end('<h1>Something else</h1>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.close();
    server.closeAllConnections();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/job`;

  await assert.rejects(
    timeToContent({ url, headers: {}, marker: 'Airfoil', seconds: 0.2 }),
    /\/job never carried "Airfoil"/,
  );
});
