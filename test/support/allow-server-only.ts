/**
 * `server-only` throws outside React's server build. Tests of server modules import
 * this first, then load the module under test with a dynamic `import()`, so the
 * marker resolves to an empty module.
 */
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
