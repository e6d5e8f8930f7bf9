/**
 * Gathers a stream's small chunks into blocks of `size` bytes (the last one shorter). Every
 * write to a picked file and every message to the download worker crosses a process, so a
 * few large blocks move faster than thousands of small ones; memory stays at one block.
 * Each block owns its whole buffer, so it can be transferred rather than copied.
 */
export function coalesceChunks(size: number): TransformStream<Uint8Array, Uint8Array> {
  let block = new Uint8Array(size);
  let filled = 0;
  return new TransformStream({
    transform(chunk, controller) {
      let offset = 0;
      while (offset < chunk.byteLength) {
        const taken = Math.min(size - filled, chunk.byteLength - offset);
        block.set(chunk.subarray(offset, offset + taken), filled);
        filled += taken;
        offset += taken;
        if (filled === size) {
          controller.enqueue(block);
          block = new Uint8Array(size);
          filled = 0;
        }
      }
    },
    flush(controller) {
      if (filled > 0) controller.enqueue(block.slice(0, filled));
    },
  });
}
