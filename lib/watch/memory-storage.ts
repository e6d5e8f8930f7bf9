import type { WatchStorage } from './watch-list';

/**
 * Storage that lasts as long as the tab, for a browser that refuses `localStorage` (some
 * private windows do) or whose `localStorage` stops answering: watching still works
 * there, for that tab alone.
 */
export function memoryStorage(): WatchStorage {
  const entries = new Map<string, string>();
  return {
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
    key: (index) => [...entries.keys()][index] ?? null,
    get length() {
      return entries.size;
    },
  };
}
