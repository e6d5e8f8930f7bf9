/**
 * `POST`/`PUT files/contents/`: the multipart body is parsed as a stream (busboy);
 * the `file` part goes straight to a temporary file while its md5 and size are
 * computed on the way, so an upload of any size costs a few buffers of memory.
 */
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpError, badRequest, sendJson } from './http';
import type { FileRecord } from './model';
import { randomBase64Key, randomId, rngFor } from './random';
import { fileObject } from './render';
import type { RequestContext } from './router';

const TEXT_EXTENSIONS = /\.(txt|log|csv|dat|inp|k|sh|py|json|xml|yaml|yml|md|out|in|cfg|ini|jou|foam)$/i;

type Received = { name: string; path: string; size: number; md5: string; mimeType: string };

function receive(ctx: RequestContext): Promise<{ file: Received | null; fields: Record<string, string> }> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: ctx.req.headers, limits: { files: 1, fields: 20 } });
  } catch {
    const type = (ctx.req.headers['content-type'] ?? '').split(';')[0] || 'none';
    throw new HttpError(415, { detail: `Unsupported media type "${type}" in request.` });
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let written: Promise<Received> | null = null;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || written) {
        stream.resume();
        return;
      }
      const path = join(ctx.sandbox.uploadDir, randomUUID());
      const hash = createHash('md5');
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      written = pipeline(stream, measure, createWriteStream(path)).then(() => ({
        name: info.filename || 'upload',
        path,
        size,
        md5: hash.digest('hex'),
        mimeType: info.mimeType,
      }));
      written.catch(() => undefined);
    });
    parser.on('error', (error: Error) =>
      reject(badRequest({ detail: `Multipart form parse error - ${error.message}` })),
    );
    parser.on('close', () => {
      if (!written) return resolve({ file: null, fields });
      written.then((file) => resolve({ file, fields }), reject);
    });
    ctx.req.on('aborted', () => reject(new HttpError(400, { detail: 'The upload was interrupted.' })));
    ctx.req.pipe(parser);
  });
}

export async function upload(ctx: RequestContext): Promise<void> {
  const { file, fields } = await receive(ctx);
  if (!file) throw badRequest({ file: ['No file was submitted.'] });
  if (file.size === 0) throw badRequest({ file: ['The submitted file is empty.'] });
  const rawType = fields.typeId ?? fields.type_id ?? '1';
  const typeId = Number(rawType);
  if (!Number.isInteger(typeId) || typeId < 1 || typeId > 10)
    throw badRequest({ typeId: ['"' + rawType + '" is not a valid choice.'] });
  const store = ctx.store;
  const rng = rngFor(store.seed, 'upload', file.path);
  let id = randomId(rng, 6);
  while (store.takenIds.has(id)) id = randomId(rng, 6);
  store.takenIds.add(id);
  const name = file.name.replace(/^.*[\\/]/, '');
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  const record: FileRecord = {
    id,
    name,
    typeId,
    dateUploaded: Math.floor(ctx.now),
    relativePath: name,
    path: `user/${ctx.user.userCode}/${stem}-${randomUUID()}${extension}`,
    owner: ctx.user,
    sharedWith: [],
    encodedEncryptionKey: randomBase64Key(rng),
    viewInBrowser: file.mimeType.startsWith('text/') || TEXT_EXTENSIONS.test(name),
    content: { kind: 'disk', path: file.path, size: file.size, md5: file.md5 },
    jobId: null,
    runIndex: null,
    deleted: false,
  };
  store.addStoredFile(record);
  sendJson(ctx.res, 201, fileObject(ctx, record), ctx.writer);
}
