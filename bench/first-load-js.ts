/**
 * First-load JavaScript per route, from the build output. Next 16's Turbopack build no
 * longer prints sizes, but it writes the chunks each route loads first to
 * `.next/diagnostics/route-bundle-stats.json`; their gzip sizes (zlib, level 9, as
 * gzip-size measured for older Next builds) are summed here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

export type ChunkSize = { file: string; rawBytes: number; gzipBytes: number; sharedByAllRoutes: boolean };
export type RouteJs = { route: string; rawBytes: number; gzipBytes: number; chunks: ChunkSize[] };

const routeBundleStats = z.array(z.object({ route: z.string(), firstLoadChunkPaths: z.array(z.string()) }));

export function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** `projectDir` holds `.next/`; the chunk paths in the stats are relative to it. */
export function firstLoadJs(projectDir: string): RouteJs[] {
  const statsFile = path.join(projectDir, '.next', 'diagnostics', 'route-bundle-stats.json');
  let raw: string;
  try {
    raw = readFileSync(statsFile, 'utf8');
  } catch {
    throw new Error(`${statsFile} is missing: build the app with \`npm run build\` first`);
  }
  const routes = routeBundleStats.parse(JSON.parse(raw));
  const sizes = new Map<string, { rawBytes: number; gzipBytes: number }>();
  const measure = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const content = readFileSync(path.join(projectDir, file));
      size = { rawBytes: content.length, gzipBytes: gzipBytes(content) };
      sizes.set(file, size);
    }
    return size;
  };
  const appRoutes = routes.filter((r) => !r.route.startsWith('/_'));
  const sharedByAll = (file: string) =>
    appRoutes.length > 0 && appRoutes.every((r) => r.firstLoadChunkPaths.includes(file));

  return routes.map(({ route, firstLoadChunkPaths }) => {
    const chunks = [...new Set(firstLoadChunkPaths)]
      .map((file) => ({ file, ...measure(file), sharedByAllRoutes: sharedByAll(file) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      route,
      rawBytes: chunks.reduce((sum, c) => sum + c.rawBytes, 0),
      gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
      chunks,
    };
  });
}
