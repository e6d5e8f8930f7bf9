import type { NextConfig } from 'next';
import { staticHeaderRules } from './lib/security/security-headers';

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // Rescale paths end with a slash and the proxy mirrors them (`/api/rescale/v2/jobs/`);
  // Next's default 308 to the slashless URL would add a hop and break streamed uploads.
  skipTrailingSlashRedirect: true,
  // `npm test` type-checks with TypeScript 7 (`npm run typecheck`) before it builds; the
  // build's own check would run TypeScript 6's slower API over the same files again.
  typescript: { ignoreBuildErrors: true },
  // Pages get the same headers from proxy.ts, with a per-request nonce in their CSP.
  async headers() {
    return staticHeaderRules(process.env.NODE_ENV === 'production');
  },
  // Vercel sets VERCEL=1 in its builds; the upload limit (lib/new-job/upload-limit.ts)
  // then follows its functions' 4.5 MB body limit, in the server and the browser alike.
  env: { BUILT_ON_VERCEL: process.env.VERCEL === '1' ? '1' : '' },
};

export default nextConfig;
