/**
 * Signed storage: when the redirect knob is on, `files/{id}/contents/` answers 302 to
 * a signed URL on another host (127.0.0.1 ↔ localhost), as a platform backed by
 * object storage may. The storage needs no key and, like S3, refuses a request that
 * carries an Authorization header besides its signature (and counts it).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendFileContents } from './downloads';
import type { FileRecord } from './model';
import type { Sandbox } from './sandbox';

const LIFETIME_SECONDS = 300;

function signature(sandbox: Sandbox, fileId: string, expires: string): string {
  return createHmac('sha256', `storage:${sandbox.seed}`).update(`${fileId}:${expires}`).digest('hex');
}

/** The same server under the other loopback name, so it is a different host to the client. */
export function storageOrigin(publicUrl: string): string {
  const url = new URL(publicUrl);
  if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
  else if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  return url.origin;
}

export function signedStorageUrl(sandbox: Sandbox, file: FileRecord): string {
  const expires = String(Math.floor(Date.now() / 1000) + LIFETIME_SECONDS);
  return `${storageOrigin(sandbox.publicUrl)}/_storage/${file.id}/${encodeURIComponent(file.name)}?Expires=${expires}&Signature=${signature(sandbox, file.id, expires)}`;
}

function xmlError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, {
    'Content-Type': 'application/xml',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

export async function serveStorage(
  sandbox: Sandbox,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const [, , fileId = ''] = url.pathname.split('/');
  const expires = url.searchParams.get('Expires') ?? '';
  const given = Buffer.from(url.searchParams.get('Signature') ?? '');
  const expected = Buffer.from(signature(sandbox, fileId, expires));
  if (req.headers.authorization) {
    sandbox.storageRequestsWithAuthorization++;
    return xmlError(
      res,
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; only the Signature query parameter or the Authorization header should be specified',
    );
  }
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return xmlError(
      res,
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  if (Number(expires) * 1000 < Date.now()) return xmlError(res, 403, 'AccessDenied', 'Request has expired');
  const file = sandbox.store.findFile(fileId, sandbox.now());
  if (!file) return xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
  const { size, md5 } = sandbox.store.digest(file);
  await sendFileContents(req, res, file, {
    size,
    md5,
    resetMidBody: false,
    text: file.content.kind === 'text' ? sandbox.store.textBytes(file) : undefined,
  });
}
