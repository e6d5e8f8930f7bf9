import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coalesceChunks } from './coalesce-chunks';

async function blocksOf(chunks: number[][], size: number): Promise<Uint8Array[]> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(Uint8Array.from(chunk));
      controller.close();
    },
  });
  const blocks: Uint8Array[] = [];
  for await (const block of source.pipeThrough(coalesceChunks(size))) blocks.push(block);
  return blocks;
}

describe('coalesceChunks', () => {
  it('regroups the bytes in order into full blocks and one shorter last block', async () => {
    const blocks = await blocksOf([[1, 2], [3], [4, 5, 6, 7, 8], [], [9]], 4);
    assert.deepEqual(
      blocks.map((block) => [...block]),
      [[1, 2, 3, 4], [5, 6, 7, 8], [9]],
    );
  });

  it('gives every block a buffer of its own, exactly its length', async () => {
    for (const block of await blocksOf(
      [
        [1, 2, 3],
        [4, 5, 6, 7],
      ],
      3,
    )) {
      assert.equal(block.byteOffset, 0);
      assert.equal(block.buffer.byteLength, block.byteLength);
    }
  });

  it('passes an empty stream through as nothing', async () => {
    assert.deepEqual(await blocksOf([], 4), []);
  });
});
