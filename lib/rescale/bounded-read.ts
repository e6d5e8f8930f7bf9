/**
 * Reads a body until it ends or passes a byte limit, counting bytes as they arrive: a body
 * without `Content-Length` (chunked) cannot promise its size up front. Past the limit,
 * what was read and the unread rest are handed back as one stream, in order, untouched.
 */

export type BoundedRead =
  { complete: true; bytes: Uint8Array<ArrayBuffer> } | { complete: false; body: ReadableStream<Uint8Array> };

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readWithin(body: ReadableStream<Uint8Array>, limit: number): Promise<BoundedRead> {
  const reader = body.getReader();
  const held: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { complete: true, bytes: joined(held, length) };
    held.push(value);
    length += value.byteLength;
    if (length > limit) break;
  }
  return {
    complete: false,
    body: new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = held.shift();
        if (next) {
          controller.enqueue(next);
          return;
        }
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    }),
  };
}
