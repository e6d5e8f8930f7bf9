/**
 * File bytes on the wire: single byte ranges, ETag/If-None-Match, and streaming with
 * back-pressure from whatever holds the content (generator, disk, rendered text),
 * so even the 1 GiB file never sits in memory.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { binaryChunks, renderText } from './content';
import type { FileRecord } from './model';

export type ByteRange = { start: number; end: number };

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`; several ranges are answered whole, as Django does. */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size };
  }
  const start = Number(first);
  const end = last === '' ? size : Math.min(size, Number(last) + 1);
  if (start >= size || (last !== '' && Number(last) < start)) return 'unsatisfiable';
  return { start, end };
}

function chunksOf(
  file: FileRecord,
  text: Buffer | undefined,
  start: number,
  end: number,
): Iterable<Buffer> | AsyncIterable<Buffer> {
  const content = file.content;
  switch (content.kind) {
    case 'text':
      return [(text ?? renderText(content)).subarray(start, end)];
    case 'binary':
      return binaryChunks(content, start, end);
    case 'big':
      return binaryChunks({ kind: 'binary', size: content.size, seed: content.seed }, start, end);
    case 'disk':
      return end > start
        ? createReadStream(content.path, { start, end: end - 1, highWaterMark: 64 * 1024 })
        : [];
  }
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes the chunks with back-pressure; `resetAfter` cuts the connection after that many
 * bytes. Leaving the loop early closes the source (a disk stream is destroyed).
 */
export async function streamBody(
  res: ServerResponse,
  chunks: Iterable<Buffer> | AsyncIterable<Buffer>,
  resetAfter: number | null,
): Promise<void> {
  let sent = 0;
  for await (const chunk of chunks) {
    if (res.destroyed) break;
    if (resetAfter !== null && sent + chunk.length >= resetAfter) {
      res.write(chunk.subarray(0, resetAfter - sent), () => res.destroy());
      return;
    }
    sent += chunk.length;
    if (!res.write(chunk)) await drainOrClose(res);
  }
  if (!res.destroyed) res.end();
}

const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

/** `text` is the rendered body of a generated text file, when the caller has it cached. */
export type DownloadOptions = { size: number; md5: string; resetMidBody: boolean; text?: Buffer };

export async function sendFileContents(
  req: IncomingMessage,
  res: ServerResponse,
  file: FileRecord,
  options: DownloadOptions,
): Promise<void> {
  const { size, md5 } = options;
  const etag = `"${md5}"`;
  const headers: Record<string, string> = {
    'Content-Type': file.viewInBrowser ? 'text/plain; charset=utf-8' : 'application/octet-stream',
    'Content-Disposition': `attachment; filename="${asciiName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Accept-Ranges': 'bytes',
    ETag: etag,
    'Last-Modified': new Date(file.dateUploaded).toUTCString(),
  };
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.writeHead(304, { ETag: etag });
    res.end();
    return;
  }
  const ifRange = req.headers['if-range'];
  const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'Content-Range': `bytes */${size}`, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ detail: 'Requested range not satisfiable.' }));
    return;
  }
  const { start, end } = range ?? { start: 0, end: size };
  const length = end - start;
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Content-Length': String(length),
    ...(range ? { 'Content-Range': `bytes ${start}-${end - 1}/${size}` } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const resetAfter = options.resetMidBody ? Math.min(64 * 1024, Math.floor(length / 2)) : null;
  await streamBody(res, chunksOf(file, options.text, start, end), resetAfter);
}
