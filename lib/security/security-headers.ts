/**
 * Every security header the app sends, built in one place: `proxy.ts` adds them to pages
 * with a fresh nonce, `next.config.ts` to everything the proxy does not see (route
 * handlers, static assets), and the Rescale proxy route to the bodies it passes on.
 * Pure and dependency-free, because the build reads it through next.config.ts.
 */

export type HeaderList = { key: string; value: string }[];

/** Where `proxy.ts` hands a page's nonce to the render; Next also reads it from the CSP. */
export const NONCE_HEADER = 'x-nonce';

/** Two years, the preload list's minimum, sent only to browsers that arrived over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** A proxied file body: it may be saved, never rendered as part of this origin. */
export const DOWNLOAD_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * A page's policy (https://nextjs.org/docs/app/guides/content-security-policy): scripts
 * only with this response's nonce or loaded by one that has it. Styles allow inline ones,
 * because React and the chart set `style` attributes, which a nonce cannot cover; a style
 * cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return policy({
    'default-src': "'self'",
    'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' blob: data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    // The zip download's service worker: 'strict-dynamic' would otherwise refuse any worker.
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}

/** For responses `proxy.ts` never sees: none of them is a page that needs a script. */
export const STATIC_CONTENT_SECURITY_POLICY = policy({
  'default-src': "'none'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/** The headers every response carries besides its CSP. */
export const COMMON_SECURITY_HEADERS: HeaderList = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** The headers every response carries, with the given CSP. */
export function securityHeaders(contentSecurityPolicy: string): HeaderList {
  return [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }, ...COMMON_SECURITY_HEADERS];
}

/**
 * The Rescale proxy route chooses its own CSP per answer (a download's sandbox), which a
 * next.config.ts header would overwrite; this gives the static one to the rest.
 */
export function withStaticContentSecurityPolicy(response: Response): Response {
  if (!response.headers.has('content-security-policy')) {
    response.headers.set('content-security-policy', STATIC_CONTENT_SECURITY_POLICY);
  }
  return response;
}

/** Where next.config.ts sets the CSP: everywhere but the Rescale proxy route, which sets its own. */
export const STATIC_CSP_SOURCE = '/:path((?!api/rescale/.).*)';

/** Whether the browser reached the app over HTTPS, directly or through a TLS-terminating proxy. */
export function arrivedOverHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',', 1)[0]?.trim().toLowerCase();
  return forwarded ? forwarded === 'https' : url.protocol === 'https:';
}

/** Sets the security headers on `target`, HSTS too in production over HTTPS. */
export function applySecurityHeaders(
  target: Headers,
  contentSecurityPolicy: string,
  transport: { production: boolean; https: boolean },
): void {
  for (const { key, value } of securityHeaders(contentSecurityPolicy)) target.set(key, value);
  if (transport.production && transport.https)
    target.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
}

/** next.config.ts `headers()`: the common headers, the static policy, and HSTS for requests forwarded as HTTPS. */
export function staticHeaderRules(production: boolean): {
  source: string;
  headers: HeaderList;
  has?: { type: 'header'; key: string; value: string }[];
}[] {
  const rules: ReturnType<typeof staticHeaderRules> = [
    { source: '/:path*', headers: COMMON_SECURITY_HEADERS },
    {
      source: STATIC_CSP_SOURCE,
      headers: [{ key: 'Content-Security-Policy', value: STATIC_CONTENT_SECURITY_POLICY }],
    },
  ];
  if (production) {
    rules.push({
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
    });
  }
  return rules;
}
