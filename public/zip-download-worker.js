/*
 * Saves a zip the page is making as an ordinary browser download, without the page or
 * this worker ever holding it whole: the page registers a download (an id, a file name
 * and a port), then opens /zip-download/<id>; this worker answers that request with a
 * stream that pulls one chunk at a time from the page through the port.
 */
const SCOPE_PATH = new URL(self.registration.scope).pathname;
/** Only names the page itself makes reach the header: letters, digits, dot, dash, underscore. */
const SAFE_NAME = /^[A-Za-z0-9._-]{1,200}$/;
const pending = new Map();

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const data = event.data;
  const port = event.ports[0];
  if (!data || data.type !== 'zip' || typeof data.id !== 'string' || !port) return;
  if (typeof data.name !== 'string' || !SAFE_NAME.test(data.name)) return;
  pending.set(data.id, { name: data.name, port });
  port.postMessage({ type: 'ready' });
});

function bodyFrom(port) {
  let waiting = null;
  return new ReadableStream(
    {
      start(controller) {
        port.onmessage = (event) => {
          const message = event.data;
          if (message.type === 'chunk') controller.enqueue(new Uint8Array(message.chunk));
          else if (message.type === 'end') controller.close();
          else if (message.type === 'error') controller.error(new Error(message.message));
          if (waiting) {
            waiting();
            waiting = null;
          }
        };
      },
      pull() {
        return new Promise((resolve) => {
          waiting = resolve;
          port.postMessage({ type: 'pull' });
        });
      },
      cancel() {
        port.postMessage({ type: 'cancel' });
      },
    },
    { highWaterMark: 1 },
  );
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  const id = url.pathname.slice(SCOPE_PATH.length);
  const download = pending.get(id);
  if (!download) return;
  pending.delete(id);
  event.respondWith(
    new Response(bodyFrom(download.port), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${download.name}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    }),
  );
});
