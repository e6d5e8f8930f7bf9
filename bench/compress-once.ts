/**
 * CPU per proxied JSON call spent on compression, before and after the proxy asks Rescale
 * for an uncompressed answer. The sandbox never compresses, so the bench's proxy suites
 * cannot see the difference; here a stand-in region in its own process gzips like nginx in
 * front of Rescale, and this process does what the app does per call: fetch through
 * `rescaleFetch`, read the body, and gzip it for the browser as Next's compression does.
 *
 *   node --import tsx bench/compress-once.ts
 */
import '../test/support/allow-server-only';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';

const { rescaleFetch } = await import('../lib/rescale/client');

const REGION_SOURCE = `
const { createServer } = require('node:http');
const { gzipSync } = require('node:zlib');
const job = (i) => ({
  id: 'job' + i, name: 'Airfoil 2D DOE sweep ' + i, owner: 'ada@example.com',
  jobStatus: { content: 'Completed', displayOrder: 9 }, clusterStatusDisplay: { content: 'Stopped' },
  dateInserted: '2026-11-28T17:47:00Z', analysisNames: ['OpenFOAM'], sharedWith: ['alan@example.com'],
  storage: 123456789 + i, tags: ['wing', 'doe'], isLowPriority: false, visualizationEnabled: false,
  paramFile: null, jobanalyses: [{ analysis: { code: 'openfoam', version: 'v2312-openmpi' },
    command: './airFoil2D/Allrun', hardware: { coreType: 'standard-plus', coresPerSlot: 2, slots: 1 } }],
});
const body = Buffer.from(JSON.stringify({ count: 520, next: null, previous: null, results: Array.from({ length: 25 }, (_, i) => job(i)) }));
const gzipped = gzipSync(body);
const server = createServer((req, res) => {
  const gzip = /gzip/.test(req.headers['accept-encoding'] || '');
  res.writeHead(200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(gzip ? gzipped : body);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port, bytes: body.length })));
`;

const region = spawn(process.execPath, ['-e', REGION_SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
const [line] = (await once(region.stdout, 'data')) as [Buffer];
const { port, bytes } = JSON.parse(line.toString()) as { port: number; bytes: number };
const credentials = { key: 'k'.repeat(40), platform: { label: 'Stand-in', url: `http://127.0.0.1:${port}` } };

async function proxiedCall(acceptEncoding: string | null): Promise<void> {
  const headers = new Headers({ accept: 'application/json' });
  if (acceptEncoding) headers.set('accept-encoding', acceptEncoding);
  const response = await rescaleFetch(credentials, 'v2/jobs/?page_size=25', { headers });
  gzipSync(new Uint8Array(await response.arrayBuffer()));
}

async function cpuPerCall(acceptEncoding: string | null, calls: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) await proxiedCall(acceptEncoding);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

const variants = [
  ['before: fetch asks for gzip and decodes it, then the answer is gzipped again', null],
  ['after: the proxy asks for identity, and the answer is gzipped once', 'identity'],
] as const;
const rounds: Record<string, number[]> = {};
for (const [, encoding] of variants) await cpuPerCall(encoding, 300);
for (let round = 0; round < 5; round++) {
  for (const [name, encoding] of round % 2 ? [...variants].reverse() : variants) {
    (rounds[name] ??= []).push(await cpuPerCall(encoding, 1000));
  }
}
region.kill();
console.log(
  `JSON answer of ${bytes} bytes (25 jobs); CPU per call in this process, median of 5 rounds of 1000:`,
);
for (const [name] of variants) {
  const sorted = [...(rounds[name] ?? [])].sort((a, b) => a - b);
  console.log(`  ${name}: ${sorted[2]?.toFixed(3)} ms (${sorted[0]?.toFixed(3)}–${sorted[4]?.toFixed(3)})`);
}
