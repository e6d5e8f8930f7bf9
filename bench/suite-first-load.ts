/** Figure 4 (and issue 4): first-load JavaScript of each route, and what the /jobs load is made of. */
import { chunkModules, clientModuleNames, type ModuleSize } from './chunk-modules';
import { firstLoadJs, type RouteJs } from './first-load-js';
import type { Cell, Table } from './readme';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const chunkName = (file: string) => `\`${file.replace('.next/static/chunks/', '')}\``;

function sharedBytes(route: RouteJs): number {
  return route.chunks.filter((c) => c.sharedByAllRoutes).reduce((sum, c) => sum + c.gzipBytes, 0);
}

function category(module: ModuleSize): string {
  if (['react', 'react-dom', 'react-dom/client', 'scheduler'].includes(module.name))
    return 'React and React DOM';
  if (/^(app|components|lib)\//.test(module.name)) return 'the app’s own client components';
  if (!module.name.includes('/') && !module.name.startsWith('exports ') && module.name !== 'anonymous')
    return module.name;
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module.name)?.[1];
  if (pkg) return pkg === 'next' ? 'Next.js runtime' : pkg;
  return 'Next.js runtime and libraries (unnamed modules)';
}

function compositionTables(projectDir: string, route: RouteJs): Table[] {
  const names = clientModuleNames(projectDir);
  const modules: (ModuleSize & { chunk: string; shared: boolean })[] = [];
  let unsplitBytes = 0;
  for (const chunk of route.chunks) {
    const inside = chunkModules(projectDir, chunk.file, names);
    if (inside === null) unsplitBytes += chunk.rawBytes;
    else modules.push(...inside.map((m) => ({ ...m, chunk: chunk.file, shared: chunk.sharedByAllRoutes })));
  }
  const byCategory = new Map<string, number>();
  for (const m of modules) byCategory.set(category(m), (byCategory.get(category(m)) ?? 0) + m.rawBytes);
  if (unsplitBytes > 0) byCategory.set('Turbopack runtime', unsplitBytes);
  const share = (bytes: number) => `${((100 * bytes) / route.rawBytes).toFixed(1)}%`;
  const categoryRows: Cell[][] = [...byCategory]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => [name, kB(bytes), share(bytes), kB((route.gzipBytes * bytes) / route.rawBytes)]);
  const moduleRows: Cell[][] = modules
    .sort((a, b) => b.rawBytes - a.rawBytes)
    .slice(0, 15)
    .map((m) => [
      `\`${m.name}\``,
      chunkName(m.chunk),
      m.shared ? 'yes' : 'no',
      kB(m.rawBytes),
      kB(m.gzipBytes),
    ]);
  return [
    {
      title: `What the first load of ${route.route} is made of`,
      note:
        'Each chunk split into its modules. "Gzip share" spreads the route\'s gzip size over the parts in ' +
        'proportion to their uncompressed size.',
      columns: ['part', 'uncompressed', 'share', 'gzip share'],
      rows: categoryRows,
    },
    {
      title: `Largest modules of ${route.route}`,
      note: '"Gzip alone" compresses the module by itself, so it overstates its part of the chunk a little.',
      columns: ['module', 'chunk', 'shared by all routes', 'uncompressed', 'gzip alone'],
      rows: moduleRows,
    },
  ];
}

export function measureFirstLoad(projectDir: string): {
  tables: Table[];
  jobsGzipKB: number | null;
  largestOwnKB: number | null;
  sharedKB: number | null;
} {
  const routes = firstLoadJs(projectDir).filter(
    (r) => !r.route.startsWith('/_') && !r.route.startsWith('/api'),
  );
  const jobs = routes.find((r) => r.route === '/jobs');
  const tables: Table[] = [
    {
      title: 'First-load JavaScript',
      note:
        'From the build output (`.next/diagnostics/route-bundle-stats.json`: the chunks each route loads ' +
        'first), each chunk gzipped with zlib at level 9. "Shared" is what every route loads (React, ' +
        "React DOM, the Next.js runtime, the root layout); the rest is the route's own.",
      columns: ['route', 'gzip', 'shared by all routes', "route's own", 'uncompressed'],
      rows: routes.map((r) => [
        `\`${r.route}\``,
        kB(r.gzipBytes),
        kB(sharedBytes(r)),
        kB(r.gzipBytes - sharedBytes(r)),
        kB(r.rawBytes),
      ]),
    },
  ];
  if (jobs) tables.push(...compositionTables(projectDir, jobs));
  const own = routes.map((r) => (r.gzipBytes - sharedBytes(r)) / 1000);
  return {
    tables,
    jobsGzipKB: jobs ? jobs.gzipBytes / 1000 : null,
    largestOwnKB: own.length > 0 ? Math.max(...own) : null,
    sharedKB: jobs ? sharedBytes(jobs) / 1000 : null,
  };
}
