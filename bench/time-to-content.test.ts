import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timeEachOnce, timeToContent } from './time-to-content';

test('the content is timed from its marker, even split across two chunks, and the whole to the last byte', async (t) => {
  // The marker's first half ends one chunk; its second half starts the next, 30 ms later;
  // the document ends half a second after that. The client shares this process with other
  // test files: the gap is wide enough that a busy event loop delaying both chunks' reads
  // cannot make them look like one.
  const server = http.createServer((_req, res) => {
    res.write('<html><body><h1>Airfoil 2D');
    setTimeout(
      () => res.write(' DOE sweep</h1>', () => setTimeout(() => res.end('</body></html>'), 500)),
      30,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.close();
    server.closeAllConnections();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const times = await timeToContent({ url, headers: {}, marker: 'Airfoil 2D DOE sweep', seconds: 1.2 });

  assert.ok(times.contentMs.length >= 2, `${times.contentMs.length} requests`);
  for (const [index, contentMs] of times.contentMs.entries()) {
    const wholeMs = times.wholeMs[index] as number;
    assert.ok(contentMs >= 29 && contentMs < wholeMs - 250, `content ${contentMs} ms, whole ${wholeMs} ms`);
    assert.ok(wholeMs >= 529, `whole ${wholeMs} ms`);
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

test('each page is asked for once, in order, each timed to its own marker', async (t) => {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url ?? '');
    res.end(`<h1>Job ${req.url?.slice(1)}</h1>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.close();
    server.closeAllConnections();
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const times = await timeEachOnce(
    ['a', 'b', 'c'].map((id) => ({ url: `${base}/${id}`, marker: `Job ${id}` })),
    {},
  );

  assert.deepEqual(asked, ['/a', '/b', '/c']);
  assert.equal(times.wholeMs.length, 3);
  await assert.rejects(
    timeEachOnce([{ url: `${base}/d`, marker: 'Job e' }], {}),
    /\/d never carried "Job e"/,
  );
});
