/**
 * The body of an OPTIONS answer, as DRF's SimpleMetadata writes it: the view's name and
 * description, the media types it renders and parses, and `actions` only when the user
 * may send a POST or PUT there.
 * https://www.django-rest-framework.org/api-guide/metadata/
 */
import { JSON_RENDERER } from './negotiation';
import type { RequestContext, View } from './router';

export const renderersOf = (view: View) => view.renders ?? [JSON_RENDERER];

export function metadata(ctx: RequestContext, view: View) {
  const actions = view.actions?.(ctx) ?? {};
  return {
    name: view.name,
    description: view.description,
    renders: renderersOf(view).map((renderer) => renderer.mediaType),
    parses: view.parses ?? ['application/json'],
    ...(Object.keys(actions).length > 0 ? { actions } : {}),
  };
}
