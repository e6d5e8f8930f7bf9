/**
 * The address a request came from, for the sign-in limits. Next does not hand route
 * handlers the connection's address; it writes it into `X-Forwarded-For` when the
 * request brings none. Behind `trustedProxies` proxies that each append the address
 * they saw, the client is that many entries from the right; entries further left were
 * written by the client and are ignored. With no proxy configured, the last entry is
 * taken: a client reaching the app directly could name its own address there, which is
 * why production sets `TRUST_PROXY` behind its proxy.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxies))];
  if (!entry) return 'unknown';
  const address = entry.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return /^[0-9a-f.:]{2,45}$/.test(address) ? address : 'invalid';
}
