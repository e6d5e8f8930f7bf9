/**
 * Issue 17, item 3: CPU per proxied JSON call spent on compression, before and after the
 * proxy asks Rescale for an uncompressed answer. The sandbox never compresses, so the
 * proxy suites cannot see the difference; here a stand-in region in its own process gzips
 * like nginx in front of Rescale, and this process does what the app does per call: fetch
 * through `rescaleFetch`, read the body, and gzip it for the browser as Next's compression
 * does.
 */
import '../test/support/allow-server-only';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { benchConfig } from './config';
import { measured } from './measured';
import type { Table } from './readme';

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

const variants = [
  ['before: fetch asks for gzip and decodes it, then the answer is gzipped again', null],
  ['after: the proxy asks for identity, and the answer is gzipped once', 'identity'],
] as const;
const CALLS_PER_ROUND = 1000;

export async function measureCompression(): Promise<{ table: Table }> {
  const { rescaleFetch } = await import('../lib/rescale/client');
  const region = spawn(process.execPath, ['-e', REGION_SOURCE], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = (await once(region.stdout, 'data')) as [Buffer];
    const { port, bytes } = JSON.parse(line.toString()) as { port: number; bytes: number };
    const credentials = {
      key: 'k'.repeat(40),
      platform: { label: 'Stand-in', url: `http://127.0.0.1:${port}` },
    };
    const proxiedCall = async (acceptEncoding: string | null) => {
      const headers = new Headers({ accept: 'application/json' });
      if (acceptEncoding) headers.set('accept-encoding', acceptEncoding);
      const response = await rescaleFetch(credentials, 'v2/jobs/?page_size=25', { headers });
      gzipSync(new Uint8Array(await response.arrayBuffer()));
    };
    const cpuPerCall = async (acceptEncoding: string | null, calls: number) => {
      const before = process.cpuUsage();
      for (let i = 0; i < calls; i++) await proxiedCall(acceptEncoding);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000 / calls;
    };

    const rounds = new Map<string, number[]>();
    for (const [, encoding] of variants) await cpuPerCall(encoding, 300);
    // Alternating which goes first, so neither always meets a warmer or colder process.
    for (let round = 0; round < benchConfig.rounds; round++) {
      for (const [name, encoding] of round % 2 ? [...variants].reverse() : variants) {
        rounds.set(name, [...(rounds.get(name) ?? []), await cpuPerCall(encoding, CALLS_PER_ROUND)]);
      }
    }
    return {
      table: {
        title: 'Compressing once',
        note:
          `The JSON answer of a 25-job page (${bytes} bytes) from a stand-in region that gzips when asked, ` +
          `fetched through \`rescaleFetch\` and gzipped again for the browser, in the bench's own process: ` +
          `its CPU per call over ${CALLS_PER_ROUND} calls a round.`,
        columns: ['per proxied JSON call', 'CPU'],
        rows: variants.map(([name]) => [name, measured(rounds.get(name) ?? [], 'ms', 2)]),
      },
    };
  } finally {
    region.kill();
  }
}
