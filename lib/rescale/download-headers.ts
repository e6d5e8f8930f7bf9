/**
 * Headers for a non-JSON body passed from Rescale to the browser. Such a body comes from
 * the platform, and with the app's origin it could run as a page (HTML, SVG) or be sniffed
 * into one, so it is always a download: attachment, nosniff, a sandboxing CSP, and a
 * content type only from types a browser never executes.
 */
import { DOWNLOAD_CONTENT_SECURITY_POLICY } from '@/lib/security/security-headers';

const INERT_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'text/plain',
  'application/pdf',
  'application/zip',
  'application/gzip',
  'application/x-gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
  'application/x-7z-compressed',
  'application/zstd',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
]);

export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The upstream type when it is on the list (text keeps its charset), else a plain byte stream. */
export function inertContentType(upstream: string | null): string {
  const [mediaType = '', ...parameters] = (upstream ?? '').split(';');
  const type = mediaType.trim().toLowerCase();
  if (!INERT_CONTENT_TYPES.has(type)) return FALLBACK_CONTENT_TYPE;
  const charset = parameters.map((p) => p.trim()).find((p) => /^charset=[\w.:-]+$/i.test(p));
  return type === 'text/plain' && charset ? `${type}; ${charset.toLowerCase()}` : type;
}

const FILENAME_PARAMETER = /(?:^|;)\s*(filename\*?)\s*=\s*("(?:[^"\\\r\n]|\\[^\r\n])*"|[^;\s]+)/gi;

/** `attachment`, keeping the file name parameters the platform sent, whatever disposition it chose. */
export function attachmentDisposition(upstream: string | null): string {
  const kept = [...(upstream ?? '').matchAll(FILENAME_PARAMETER)].map(
    ([, name, value]) => `${name?.toLowerCase()}=${value}`,
  );
  return ['attachment', ...kept].join('; ');
}

export function applyDownloadHeaders(headers: Headers, upstream: Headers): void {
  headers.set('content-type', inertContentType(upstream.get('content-type')));
  headers.set('content-disposition', attachmentDisposition(upstream.get('content-disposition')));
  headers.set('x-content-type-options', 'nosniff');
  headers.set('content-security-policy', DOWNLOAD_CONTENT_SECURITY_POLICY);
}
