/**
 * DRF's DefaultContentNegotiation.select_renderer over the renderers a view declares:
 * `?format=` keeps the renderers of that format (none left: 404), then the Accept
 * header's media types, most specific first, pick the first renderer that satisfies one
 * (none: 406). The platform serves no browsable API, so `?format=api` is a 404.
 * https://www.django-rest-framework.org/api-guide/content-negotiation/
 */
import { HttpError, notFound } from './http';

export type Renderer = { mediaType: string; format: string | null };

export const JSON_RENDERER: Renderer = { mediaType: 'application/json', format: 'json' };
/** Downloads hand their bytes to any client, whatever it accepts (DRF's usual passthrough renderer). */
export const PASSTHROUGH_RENDERER: Renderer = { mediaType: '*/*', format: null };

type MediaType = { main: string; sub: string; params: string[] };

function parse(text: string): MediaType {
  const [type = '', ...params] = text.split(';');
  const full = type.trim().toLowerCase();
  const slash = full.indexOf('/');
  return {
    main: slash < 0 ? full : full.slice(0, slash),
    sub: slash < 0 ? '' : full.slice(slash + 1),
    params: params.map((param) => param.split('=')[0]!.trim().toLowerCase()).filter(Boolean),
  };
}

/** DRF's order: `type/subtype; param=…`, then `type/subtype` (a `q` alone does not count), `type/` any, any type. */
function precedence(type: MediaType): number {
  if (type.main === '*') return 0;
  if (type.sub === '*') return 1;
  return type.params.every((param) => param === 'q') ? 2 : 3;
}

function satisfies(renderer: MediaType, wanted: MediaType): boolean {
  if (renderer.sub !== '*' && wanted.sub !== '*' && wanted.sub !== renderer.sub) return false;
  return renderer.main === '*' || wanted.main === '*' || wanted.main === renderer.main;
}

/** Throws the answer DRF gives when no renderer fits; returns normally when one does. */
export function negotiate(
  accept: string | undefined,
  format: string | null,
  renderers: readonly Renderer[],
): void {
  const candidates = format ? renderers.filter((renderer) => renderer.format === format) : renderers;
  if (candidates.length === 0) throw notFound();
  const wanted = (accept ?? '*/*').split(',').map((token) => parse(token.trim()));
  for (const level of [3, 2, 1, 0]) {
    const types = wanted.filter((type) => precedence(type) === level);
    if (candidates.some((renderer) => types.some((type) => satisfies(parse(renderer.mediaType), type))))
      return;
  }
  throw new HttpError(406, { detail: 'Could not satisfy the request Accept header.' });
}
