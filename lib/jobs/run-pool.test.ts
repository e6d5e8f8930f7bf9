import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runPool } from './run-pool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runPool', () => {
  it('works on every item, in order, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const left = await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
    });
    assert.deepEqual(started, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(most, 3);
    assert.deepEqual(left, []);
  });

  it('starts nothing more once halted, and returns what it never started', async () => {
    const started: number[] = [];
    let halted = false;
    const left = await runPool(
      [1, 2, 3, 4, 5],
      2,
      async (item) => {
        started.push(item);
        await tick();
        if (item === 2) halted = true;
      },
      () => halted,
    );
    assert.deepEqual(started, [1, 2, 3]);
    assert.deepEqual(left, [4, 5]);
  });

  it('copes with no items', async () => {
    assert.deepEqual(await runPool([], 3, async () => undefined), []);
  });
});
