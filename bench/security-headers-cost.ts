/**
 * The CPU the security headers add, measured in-process because it is far below the noise
 * of a request through the server: per page view, what proxy.ts does for them (a nonce, the
 * page policy, the request headers Next reads it from, the response headers); per proxied
 * call, what the Rescale proxy does for a download (the inert headers). The proxied JSON
 * call's headers come from next.config.ts as one static rule, applied by Next itself.
 *
 *   node --import tsx bench/security-headers-cost.ts
 */
import { applyDownloadHeaders } from '../lib/rescale/download-headers';
import {
  applySecurityHeaders,
  NONCE_HEADER,
  pageContentSecurityPolicy,
} from '../lib/security/security-headers';

const browserRequest = new Headers({
  accept: 'text/html,application/xhtml+xml',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en',
  cookie: `rescale_session=${'x'.repeat(600)}; rescale_identity=${'y'.repeat(700)}`,
  host: '127.0.0.1:3000',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
});

function pageView(): void {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pageContentSecurityPolicy(nonce);
  const forwarded = new Headers(browserRequest);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.set('content-security-policy', policy);
  applySecurityHeaders(new Headers({ 'content-type': 'text/html' }), policy, {
    production: true,
    https: true,
  });
}

const upstreamDownload = new Headers({
  'content-type': 'text/plain; charset=utf-8',
  'content-disposition': 'attachment; filename="log.simpleFoam"',
  'content-length': '123456',
});

function proxiedDownload(): void {
  applyDownloadHeaders(new Headers({ 'cache-control': 'private, no-store' }), upstreamDownload);
}

/** Median over rounds of CPU (user + system) per call, in microseconds. */
function cpuPerCall(work: () => void, calls = 50_000, rounds = 5): number {
  for (let i = 0; i < calls; i++) work();
  const perRound: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < calls; i++) work();
    const used = process.cpuUsage(before);
    perRound.push((used.user + used.system) / calls);
  }
  perRound.sort((a, b) => a - b);
  return perRound[Math.floor(rounds / 2)] ?? Number.NaN;
}

console.log(`page view, proxy.ts security headers: ${cpuPerCall(pageView).toFixed(1)} µs CPU`);
console.log(`proxied download, inert headers: ${cpuPerCall(proxiedDownload).toFixed(1)} µs CPU`);
