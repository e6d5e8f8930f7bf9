/**
 * Large bodies through a server: a download read to the end and a multipart upload
 * generated on the fly, so neither touches the disk nor holds the file in memory here.
 */
import http from 'node:http';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

export type Transfer = { bytes: number; seconds: number; mibPerSecond: number };

function transfer(bytes: number, startedAt: bigint): Transfer {
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return { bytes, seconds, mibPerSecond: bytes / MiB / seconds };
}

export async function download(
  url: string,
  headers: Record<string, string>,
  expectedBytes: number,
): Promise<Transfer> {
  const startedAt = process.hrtime.bigint();
  const req = http.get(url, { headers, agent: false });
  const [res] = (await once(req, 'response')) as [http.IncomingMessage];
  if (res.statusCode !== 200) {
    res.resume();
    throw new Error(`download ${url} answered ${res.statusCode}`);
  }
  let bytes = 0;
  for await (const chunk of res) bytes += (chunk as Buffer).length;
  if (bytes !== expectedBytes) throw new Error(`download ${url} gave ${bytes} bytes, not ${expectedBytes}`);
  return transfer(bytes, startedAt);
}

/** Random content, so nothing on the way can shrink it; one block is reused for speed. */
const block = randomBytes(MiB);

export async function upload(
  url: string,
  headers: Record<string, string>,
  fileBytes: number,
  fileName: string,
): Promise<Transfer & { response: unknown }> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `content-type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const startedAt = process.hrtime.bigint();
  const req = http.request(url, {
    method: 'POST',
    agent: false,
    headers: {
      ...headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + fileBytes + tail.length),
    },
  });
  const responded = once(req, 'response') as Promise<[http.IncomingMessage]>;
  // A server that answers early (401, 413) must not leave the writer waiting for drain.
  const aborted = responded.then(() => undefined);
  req.write(head);
  let complete = true;
  for (let sent = 0; sent < fileBytes; sent += block.length) {
    const piece = fileBytes - sent >= block.length ? block : block.subarray(0, fileBytes - sent);
    if (!req.write(piece)) {
      const drained = await Promise.race([once(req, 'drain').then(() => true), aborted.then(() => false)]);
      if (!drained) {
        complete = false;
        break;
      }
    }
  }
  if (complete) req.end(tail);
  const [res] = await responded;
  let text = '';
  for await (const chunk of res) text += (chunk as Buffer).toString();
  // A body cut short leaves the socket waiting for the promised length.
  if (!complete) req.destroy();
  if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode >= 300) {
    throw new Error(`upload to ${url} answered ${res.statusCode}: ${text.slice(0, 300)}`);
  }
  return { ...transfer(fileBytes, startedAt), response: text ? JSON.parse(text) : null };
}
