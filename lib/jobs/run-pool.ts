/**
 * Runs `work` on each item, at most `limit` at a time, in order of the list. A bulk
 * action of 100 jobs must not become 100 simultaneous requests against the key's budget.
 * `halted` is asked before each start: once it says yes, no more start, and the items
 * never started are returned.
 */
export async function runPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  halted: () => boolean = () => false,
): Promise<T[]> {
  let next = 0;
  const notStarted: T[] = [];
  async function lane(): Promise<void> {
    while (next < items.length) {
      const item = items[next++] as T;
      if (halted()) {
        notStarted.push(item);
        continue;
      }
      await work(item);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return notStarted;
}
