import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chunkModules, clientModuleNames } from './chunk-modules';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-modules-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const chunk =
  '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,' +
  '11,(e,t,r)=>{Object.defineProperty(r,"JobsTable",{enumerable:!0,get:function(){return n}});let n=1},' +
  '22,(e,t,r)=>{var n={useSWR:function(){return a},mutate:function(){return b}};let a=2,b=3;/* padding padding padding */},' +
  '44,55,' +
  '33,(e,t,r)=>{var a="https://react.dev/errors/";t.exports={}}]);';

test('a chunk splits into its modules, named from the manifests or from what they export', () => {
  const dir = project({
    '.next/static/chunks/a.js': chunk,
    '.next/server/app/(app)/jobs/page_client-reference-manifest.js':
      'globalThis.__RSC_MANIFEST=globalThis.__RSC_MANIFEST||{};globalThis.__RSC_MANIFEST["/(app)/jobs/page"]=' +
      '{"clientModules":{"[project]/components/jobs/jobs-table.tsx <module evaluation>":{"id":11,"chunks":[]}}};',
  });

  const modules = chunkModules(dir, '.next/static/chunks/a.js', clientModuleNames(dir));

  assert.deepEqual(
    modules?.map((m) => [m.id, m.name]),
    [
      ['22', 'exports useSWR, mutate'],
      ['11', 'components/jobs/jobs-table.tsx'],
      ['33', 'react-dom'],
    ],
  );
  assert.ok(modules?.every((m) => m.rawBytes > 0 && m.gzipBytes > 0));
});

test('a chunk that is not a module list (the runtime) is reported as such', () => {
  const dir = project({ '.next/static/chunks/runtime.js': 'document.currentScript.src;' });
  assert.equal(chunkModules(dir, '.next/static/chunks/runtime.js', new Map()), null);
});
