/**
 * A stand-in region for contract tests: a node:http reverse proxy in front of the
 * sandbox that lets a test watch the upstream side of each call (did the connection
 * close before the body was sent?) and adds a redirect within the region that the
 * sandbox does not make: `<path>?moved` → `<path>`, within a family the proxy forwards.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export type UpstreamCall = {
  method: string;
  path: string;
  authorization: string | undefined;
  bytesSent: number;
  /** The caller went away before the whole answer was sent. */
  closedEarly: boolean;
  done: Promise<void>;
};

export type RegionFront = {
  url: string;
  calls: UpstreamCall[];
  close: () => Promise<void>;
};

export async function startRegionFront(target: string): Promise<RegionFront> {
  const calls: UpstreamCall[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    let finish: () => void = () => undefined;
    const call: UpstreamCall = {
      method: req.method ?? 'GET',
      path,
      authorization: req.headers.authorization,
      bytesSent: 0,
      closedEarly: false,
      done: new Promise<void>((resolve) => (finish = resolve)),
    };
    calls.push(call);
    res.on('close', () => {
      call.closedEarly = !res.writableFinished;
      finish();
    });
    if (path.endsWith('?moved')) {
      res.writeHead(302, { location: path.slice(0, -'?moved'.length) }).end();
      return;
    }
    const upstream = httpRequest(
      new URL(path, target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => {
          call.bytesSent += chunk.length;
        });
        answer.pipe(res);
      },
    );
    res.on('close', () => upstream.destroy());
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
