import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstLoadJs, gzipBytes } from './first-load-js';

function fakeBuild(files: Record<string, string>, stats: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-fljs-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  mkdirSync(path.join(dir, '.next', 'diagnostics'), { recursive: true });
  writeFileSync(path.join(dir, '.next', 'diagnostics', 'route-bundle-stats.json'), JSON.stringify(stats));
  return dir;
}

test('a route loads the gzip sum of its chunks, each counted once, largest first', () => {
  const framework = 'const react = 1;'.repeat(500);
  const page = 'export const table = [1, 2, 3];';
  const dir = fakeBuild({ '.next/static/chunks/fw.js': framework, '.next/static/chunks/jobs.js': page }, [
    {
      route: '/jobs',
      firstLoadChunkPaths: [
        '.next/static/chunks/jobs.js',
        '.next/static/chunks/fw.js',
        '.next/static/chunks/fw.js',
      ],
    },
    { route: '/files', firstLoadChunkPaths: ['.next/static/chunks/fw.js'] },
    { route: '/_not-found', firstLoadChunkPaths: [] },
  ]);

  const [jobs, files] = firstLoadJs(dir);

  const expected = gzipBytes(Buffer.from(framework)) + gzipBytes(Buffer.from(page));
  assert.equal(jobs?.route, '/jobs');
  assert.equal(jobs?.gzipBytes, expected);
  assert.equal(jobs?.rawBytes, framework.length + page.length);
  assert.deepEqual(
    jobs?.chunks.map((c) => [c.file, c.sharedByAllRoutes]),
    [
      ['.next/static/chunks/fw.js', true],
      ['.next/static/chunks/jobs.js', false],
    ],
  );
  assert.equal(files?.chunks.length, 1);
});

test('a missing build says how to make one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-fljs-'));
  assert.throws(() => firstLoadJs(dir), /npm run build/);
});
