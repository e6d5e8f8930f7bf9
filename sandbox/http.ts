/** Small HTTP helpers: Django REST Framework-shaped answers and request bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An answer that ends the request: thrown by handlers, rendered once by the server. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(
      typeof body === 'object' && body && 'detail' in body
        ? String((body as { detail: unknown }).detail)
        : `HTTP ${status}`,
    );
  }
}

export const notFound = () => new HttpError(404, { detail: 'Not found.' });
export const badRequest = (body: unknown) => new HttpError(400, body);
export const permissionDenied = () =>
  new HttpError(403, { detail: 'You do not have permission to perform this action.' });

/** What a response may do to its body under the "reset mid-body" fault. */
export type BodyWriter = (res: ServerResponse, body: Buffer) => void;

export const writeWhole: BodyWriter = (res, body) => {
  res.end(body);
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  writer: BodyWriter = writeWhole,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(bytes.length),
    Vary: 'Accept, Authorization',
    ...headers,
  });
  writer(res, bytes);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': '0', Vary: 'Accept, Authorization' });
  res.end();
}

const MAX_JSON_BODY = 1024 * 1024;

/** A JSON request body; an empty body is `{}` (DRF parses it as an empty form). */
export async function readJson(
  req: IncomingMessage,
  options: { anyContentType?: boolean } = {},
): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY) throw new HttpError(413, { detail: 'Request body too large.' });
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') return {};
  if (type !== 'application/json' && !options.anyContentType) {
    throw new HttpError(415, { detail: `Unsupported media type "${type || 'none'}" in request.` });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw badRequest({ detail: `JSON parse error - ${(error as Error).message}` });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  }
  return parsed as Record<string, unknown>;
}
