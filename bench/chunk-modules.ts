/**
 * What a chunk is made of. A Turbopack production chunk is
 * `TURBOPACK.push([script, id, factory, id, factory, …])`; evaluating it against an empty
 * queue yields each module's factory, whose source length is the module's size. Names
 * come from the client reference manifests (the app's own client components and Next's)
 * or, for the framework's anonymous modules, from what their source says they are.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipBytes } from './first-load-js';

export type ModuleSize = { id: string; name: string; rawBytes: number; gzipBytes: number };

function manifestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('_client-reference-manifest.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Module id → project path, for every client module any route references. */
export function clientModuleNames(projectDir: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of manifestFiles(path.join(projectDir, '.next', 'server', 'app'))) {
    const context = { globalThis: {} as Record<string, unknown> };
    vm.runInNewContext(readFileSync(file, 'utf8'), context);
    const manifests = (context.globalThis.__RSC_MANIFEST ?? {}) as Record<
      string,
      { clientModules?: Record<string, { id: string | number }> }
    >;
    for (const manifest of Object.values(manifests)) {
      for (const [modulePath, { id }] of Object.entries(manifest.clientModules ?? {})) {
        names.set(String(id), modulePath.replace(/^\[project\]\//, '').replace(/ <.*>$/, ''));
      }
    }
  }
  return names;
}

/** Markers that survive minification, most specific first. */
const signatures: [RegExp, string][] = [
  [/__reactContainer\$/, 'react-dom/client'],
  [/react\.dev\/errors/, 'react-dom'],
  [/react\.transitional\.element/, 'react'],
  [/unstable_scheduleCallback/, 'scheduler'],
  [/_zod/, 'zod'],
  [/\$inf\$|dedupingInterval/, 'swr'],
  [/typeof Object\.is\?Object\.is/, 'use-sync-external-store'],
  [/"trimStart"in String\.prototype/, 'Next.js polyfills'],
];

function describe(source: string): string {
  for (const [pattern, name] of signatures) if (pattern.test(source)) return name;
  const exported = [...source.matchAll(/defineProperty\(\w+,"(\w+)"|[{,](\w+):function\(\)\{return/g)]
    .map((match) => match[1] ?? match[2])
    .filter((name) => name !== undefined && name !== '__esModule' && name !== 'get');
  const unique = [...new Set(exported)].slice(0, 3);
  return unique.length > 0 ? `exports ${unique.join(', ')}` : 'anonymous';
}

/** The modules of one chunk, largest first; null for a chunk that is not a module list (the runtime). */
export function chunkModules(
  projectDir: string,
  file: string,
  names: Map<string, string>,
): ModuleSize[] | null {
  const context: Record<string, unknown> = { TURBOPACK: [] };
  context.globalThis = context;
  try {
    vm.runInNewContext(readFileSync(path.join(projectDir, file), 'utf8'), context);
  } catch {
    return null;
  }
  const pushed = (context.TURBOPACK as unknown[][])[0];
  if (!pushed) return null;
  const modules: ModuleSize[] = [];
  // Entries are mostly `id, factory`, with other ids between them: a factory's id is the entry before it.
  for (let i = 2; i < pushed.length; i++) {
    const factory = pushed[i];
    if (typeof factory !== 'function') continue;
    const id = String(pushed[i - 1]);
    const source = factory.toString();
    modules.push({
      id,
      name: names.get(id) ?? describe(source),
      rawBytes: source.length,
      gzipBytes: gzipBytes(Buffer.from(source)),
    });
  }
  return modules.sort((a, b) => b.rawBytes - a.rawBytes);
}
