/**
 * The floor: the least any proxy in front of Rescale could add. It sets the
 * Authorization header, pipes bodies both ways, and does nothing else (no session, no
 * validation, no header filtering), so the app's proxy is measured against it.
 *
 * Run as its own process: FLOOR_PORT, FLOOR_UPSTREAM (origin), FLOOR_KEY.
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';

export function createFloorProxy(options: { upstream: string; key: string }): http.Server {
  const upstream = new URL(options.upstream);
  const agent = new http.Agent({ keepAlive: true });
  const authorization = `Token ${options.key}`;
  return http.createServer((req, res) => {
    const outgoing = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host, authorization },
        agent,
      },
      (incoming) => {
        res.writeHead(incoming.statusCode ?? 502, incoming.headers);
        incoming.pipe(res);
      },
    );
    outgoing.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(outgoing);
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`floor proxy: ${name} is not set`);
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(required('FLOOR_PORT'));
  const server = createFloorProxy({ upstream: required('FLOOR_UPSTREAM'), key: required('FLOOR_KEY') });
  server.listen(port, '127.0.0.1', () => console.log(`floor proxy on http://127.0.0.1:${port}`));
}
