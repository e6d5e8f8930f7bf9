/**
 * The resource families the proxy forwards: those the dashboard calls (lib/rescale/paths.ts)
 * and the documented API offers. Anything else is refused before a call is made, so a
 * syntactically valid path cannot reach an undocumented or administrative endpoint.
 */

export const FORWARDED_FAMILIES: ReadonlySet<string> = new Set([
  'jobs',
  'files',
  'analyses',
  'coretypes',
  'tasks',
  'remote-viz-config',
]);

/** `users/me` only: other users are not the dashboard's business. */
function isOwnUser(segments: readonly string[]): boolean {
  return segments.length === 2 && segments[1] === 'me';
}

/** Whether canonical segments after the version (`['jobs', 'abc', 'runs']`) name a forwarded resource. */
export function isForwardedResource(segments: readonly string[]): boolean {
  const [family] = segments;
  if (family === undefined) return false;
  if (family === 'users') return isOwnUser(segments);
  return FORWARDED_FAMILIES.has(family);
}
