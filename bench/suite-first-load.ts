/** Figure 4 (and issue 4): first-load JavaScript of each route, and the chunks of /jobs. */
import { firstLoadJs, type RouteJs } from './first-load-js.ts';
import type { Table } from './readme.ts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function sharedBytes(route: RouteJs): number {
  return route.chunks.filter((c) => c.sharedByAllRoutes).reduce((sum, c) => sum + c.gzipBytes, 0);
}

export function measureFirstLoad(projectDir: string): { tables: Table[]; jobsGzipKB: number | null } {
  const routes = firstLoadJs(projectDir).filter((r) => !r.route.startsWith('/_') && !r.route.startsWith('/api'));
  const jobs = routes.find((r) => r.route === '/jobs');
  const tables: Table[] = [
    {
      title: 'First-load JavaScript',
      note:
        'From the build output (`.next/diagnostics/route-bundle-stats.json`: the chunks each route loads ' +
        'first), each chunk gzipped with zlib at level 9. "Shared" is what every route loads (React, ' +
        'React DOM, the Next.js runtime, the root layout); the rest is the route\'s own.',
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
  if (jobs) {
    tables.push({
      title: 'Chunks of /jobs',
      columns: ['chunk', 'gzip', 'uncompressed', 'shared by all routes'],
      rows: jobs.chunks.map((c) => [`\`${c.file.replace('.next/static/chunks/', '')}\``, kB(c.gzipBytes), kB(c.rawBytes), c.sharedByAllRoutes ? 'yes' : 'no']),
    });
  }
  return { tables, jobsGzipKB: jobs ? jobs.gzipBytes / 1000 : null };
}
