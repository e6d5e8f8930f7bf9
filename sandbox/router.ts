/** The /api/v2/ route table: path patterns with parameters, methods and their handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyWriter } from './http';
import type { UserRecord } from './model';
import type { Renderer } from './negotiation';
import type { RenderContext } from './render';
import type { Sandbox } from './sandbox';
import type { Fields } from './serializers';

export type RequestContext = RenderContext & {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  user: UserRecord;
  sandbox: Sandbox;
  /** The absolute URL of this resource on SANDBOX_PUBLIC_URL, without its query. */
  selfUrl: string;
  /** How JSON bodies are written (the reset fault swaps it). */
  writer: BodyWriter;
  /** Streamed bodies are cut part-way (the reset fault). */
  resetMidBody: boolean;
};

export type Handler = (ctx: RequestContext) => void | Promise<void>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What DRF knows of the view behind a route: its OPTIONS answer and its renderers. */
export type View = {
  /** As DRF's get_view_name() names a router's views: "Job List", "Job Instance", an action's pretty name. */
  name: string;
  description: string;
  /** JSON alone unless the view streams bytes. */
  renders?: readonly Renderer[];
  /** The request bodies it reads: JSON unless it takes uploads. */
  parses?: readonly string[];
  /** SimpleMetadata's `actions`: the fields of each POST/PUT this user may send (PUT only on an object they may change). */
  actions?: (ctx: RequestContext) => Partial<Record<'POST' | 'PUT', Fields>>;
};

export type Route = { pattern: string[]; view: View; methods: Partial<Record<Method, Handler>> };

/** Segments are literal, `:name` for one segment, or a final `*name` for the rest. */
export function matchRoute(
  routes: readonly Route[],
  segments: readonly string[],
): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (params) return { route, params };
  }
  return null;
}

function matchPattern(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]!;
    if (part.startsWith('*')) {
      if (i >= segments.length) return null;
      params[part.slice(1)] = segments.slice(i).join('/');
      return params;
    }
    const segment = segments[i];
    if (segment === undefined) return null;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return segments.length === pattern.length ? params : null;
}

export function allowHeader(route: Route): string {
  const methods = Object.keys(route.methods);
  if (methods.includes('GET')) methods.push('HEAD');
  methods.push('OPTIONS');
  return methods.join(', ');
}
