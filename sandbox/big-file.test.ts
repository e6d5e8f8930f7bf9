import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ADA = { Authorization: 'Token a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0' };
const GIB = 1073741824;

let child: ChildProcess;
let url = '';
let output = '';

/** Resident memory of the sandbox process, from the kernel's own accounting. */
function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}

before(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_TIME_SCALE: '0', SANDBOX_SEED: 'big-file' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start: ${output}`)), 30_000);
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match && output.includes('bulk@example.com')) {
        url = match[1]!;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}: ${output}`)));
  });
});

after(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run sandbox', () => {
  it('prints its URL and every seeded user with their key', () => {
    assert.match(output, /^Rescale sandbox listening on http:\/\/127\.0\.0\.1:\d+$/m);
    for (const [email, key] of [
      ['ada@example.com', 'a0a0'],
      ['grace@example.com', 'b1b1'],
      ['alan@example.com', 'c2c2'],
      ['nova@example.com', 'd3d3'],
      ['bulk@example.com', 'e4e4'],
    ]) {
      assert.match(output, new RegExp(`${email}\\s+.+\\s+(${key}){10}`));
    }
  });

  it(
    'streams the 1 GiB file with identical bytes while the server’s memory stays flat',
    { timeout: 120_000 },
    async (t) => {
      const meta = await (await fetch(`${url}/api/v2/files/BIGone/`, { headers: ADA })).json();
      assert.equal(meta.decryptedSize, GIB);
      const warmUp = await fetch(`${url}/api/v2/files/BIGone/contents/`, {
        headers: { ...ADA, Range: 'bytes=0-1048575' },
      });
      await warmUp.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const baseline = rssBytes(child.pid!);
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssBytes(child.pid!));
      }, 25);
      const hash = createHash('md5');
      let received = 0;
      try {
        const download = await fetch(`${url}/api/v2/files/BIGone/contents/`, { headers: ADA });
        assert.equal(download.status, 200);
        assert.equal(download.headers.get('content-length'), String(GIB));
        for await (const chunk of download.body!) {
          hash.update(chunk);
          received += chunk.length;
        }
      } finally {
        clearInterval(sampler);
      }
      assert.equal(received, GIB);
      assert.equal(hash.digest('hex'), meta.md5);
      const growth = peak - baseline;
      t.diagnostic(
        `server RSS ${(baseline / 1048576).toFixed(0)} MiB before, peak ${(peak / 1048576).toFixed(0)} MiB while streaming 1024 MiB`,
      );
      assert.ok(
        growth < 128 * 1024 * 1024,
        `the server grew by ${(growth / 1048576).toFixed(1)} MiB while streaming 1024 MiB`,
      );
    },
  );

  it(
    'receives a 256 MiB upload as a stream, computing its md5 and size on the way, with memory flat',
    { timeout: 120_000 },
    async (t) => {
      const boundary = 'sandbox-upload-boundary';
      const piece = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < piece.length; i++) piece[i] = (i * 31 + 7) & 0xff;
      const pieces = 256;
      const expected = createHash('md5');
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mesh.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
            ),
          );
        },
        pull(controller) {
          if (sent === pieces) {
            controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
            controller.close();
            return;
          }
          piece.writeUInt32LE(sent, 0);
          expected.update(piece);
          controller.enqueue(new Uint8Array(piece));
          sent++;
        },
      });
      const baseline = rssBytes(child.pid!);
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssBytes(child.pid!));
      }, 25);
      let reply: Response;
      try {
        reply = await fetch(`${url}/api/v2/files/contents/`, {
          method: 'POST',
          headers: { ...ADA, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
          body,
          duplex: 'half',
        } as RequestInit);
      } finally {
        clearInterval(sampler);
      }
      assert.equal(reply.status, 201);
      const file = await reply.json();
      assert.equal(file.decryptedSize, pieces * piece.length);
      assert.equal(file.md5, expected.digest('hex'));
      const growth = peak - baseline;
      t.diagnostic(
        `server RSS ${(baseline / 1048576).toFixed(0)} MiB before, peak ${(peak / 1048576).toFixed(0)} MiB while receiving 256 MiB`,
      );
      assert.ok(
        growth < 128 * 1024 * 1024,
        `the server grew by ${(growth / 1048576).toFixed(1)} MiB while receiving 256 MiB`,
      );
    },
  );

  it('serves the last bytes of the 1 GiB file by range without producing the rest', async () => {
    const started = performance.now();
    const tail = await fetch(`${url}/api/v2/files/BIGone/contents/`, {
      headers: { ...ADA, Range: 'bytes=-100' },
    });
    assert.equal(tail.status, 206);
    assert.equal(tail.headers.get('content-range'), `bytes ${GIB - 100}-${GIB - 1}/${GIB}`);
    assert.equal((await tail.arrayBuffer()).byteLength, 100);
    assert.ok(performance.now() - started < 5_000, 'a range does not stream the whole file');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });
});
