/** `users/me/` and the catalogue lists: core types, analyses, remote visualisation options. */
import { ANALYSES, CORE_TYPES, REMOTE_VIZ_CONFIGS } from './catalog';
import { sendJson } from './http';
import { paginate } from './pagination';
import { renderUser } from './render';
import type { RequestContext, Route } from './router';

function list<T>(items: readonly T[]) {
  const rendered = items.map((item) => JSON.stringify(item));
  return (ctx: RequestContext) => {
    sendJson(
      ctx.res,
      200,
      paginate(ctx.selfUrl, ctx.url.searchParams, rendered, (item) => item),
      ctx.writer,
    );
  };
}

function searchable<T extends { name: string; code: string }>(items: readonly T[]) {
  const all = list(items);
  return (ctx: RequestContext) => {
    const search = ctx.url.searchParams.get('search')?.trim().toLowerCase();
    if (!search) return all(ctx);
    const matching = items.filter(
      (item) => item.name.toLowerCase().includes(search) || item.code.toLowerCase().includes(search),
    );
    return list(matching)(ctx);
  };
}

export const infoRoutes: Route[] = [
  {
    pattern: ['users', 'me'],
    view: { name: 'Me', description: 'The user the API key belongs to.' },
    methods: { GET: (ctx) => sendJson(ctx.res, 200, renderUser(ctx.user), ctx.writer) },
  },
  {
    pattern: ['coretypes'],
    view: { name: 'Core Type List', description: 'Lists all core types available in the Rescale API.' },
    methods: { GET: list(CORE_TYPES) },
  },
  {
    pattern: ['analyses'],
    view: { name: 'Analysis List', description: 'Lists all the analyses available on Rescale.' },
    methods: { GET: searchable(ANALYSES) },
  },
  {
    pattern: ['remote-viz-config'],
    view: {
      name: 'Remote Viz Config List',
      description: 'Lists the options for creating a remote visualization cluster on Rescale.',
    },
    methods: { GET: list(REMOTE_VIZ_CONFIGS) },
  },
];
