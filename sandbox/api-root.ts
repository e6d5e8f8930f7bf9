/**
 * `GET /api/v2/`: the API root DRF's DefaultRouter serves, each list endpoint's name
 * with its absolute URL. Routes with no list of their own (`users/me/`, `tasks/{token}/`)
 * are left out, as the router leaves out what it cannot reverse.
 * https://www.django-rest-framework.org/api-guide/routers/#defaultrouter
 */
import { sendJson } from './http';
import type { Route } from './router';

const LISTS = ['coretypes', 'analyses', 'remote-viz-config', 'jobs', 'files'];

export const rootRoutes: Route[] = [
  {
    pattern: [],
    // DRF's APIRootView: its class name and docstring.
    view: { name: 'Api Root', description: 'The default basic root view for DefaultRouter' },
    methods: {
      GET: (ctx) =>
        sendJson(
          ctx.res,
          200,
          Object.fromEntries(LISTS.map((list) => [list, `${ctx.publicUrl}/api/v2/${list}/`])),
          ctx.writer,
        ),
    },
  },
];
