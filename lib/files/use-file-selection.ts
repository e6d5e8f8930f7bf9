'use client';

import { useCallback, useMemo, useState } from 'react';
import type { RescaleFile } from '@/lib/rescale/types';

export type FileSelection = {
  files: readonly RescaleFile[];
  bytes: number;
  has: (fileId: string) => boolean;
  set: (files: readonly RescaleFile[], selected: boolean) => void;
  clear: () => void;
};

/** Files ticked for a zip, kept across pages and searches of the list until cleared. */
export function useFileSelection(): FileSelection {
  const [selected, setSelected] = useState<ReadonlyMap<string, RescaleFile>>(() => new Map());
  const set = useCallback((files: readonly RescaleFile[], on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      for (const file of files) {
        if (on) next.set(file.id, file);
        else next.delete(file.id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Map()), []);
  return useMemo(() => {
    const files = [...selected.values()];
    return {
      files,
      bytes: files.reduce((sum, file) => sum + file.decryptedSize, 0),
      has: (fileId: string) => selected.has(fileId),
      set,
      clear,
    };
  }, [selected, set, clear]);
}
