'use client';

import { useEffect, useRef } from 'react';
import type { FileSelection } from '@/lib/files/use-file-selection';
import type { RescaleFile } from '@/lib/rescale/types';
import { useHydrated } from '@/lib/ui/use-hydrated';

const box = 'h-4 w-4 accent-sky-700';

export function SelectFileBox({ file, selection }: { file: RescaleFile; selection: FileSelection }) {
  const hydrated = useHydrated();
  return (
    <input
      type="checkbox"
      className={box}
      checked={selection.has(file.id)}
      disabled={!hydrated}
      onChange={(event) => selection.set([file], event.target.checked)}
      aria-label={`Select ${file.relativePath || file.name}`}
    />
  );
}

/** Ticks or clears every file on the page shown; half-ticked when only some are selected. */
export function SelectPageBox({
  files,
  selection,
}: {
  files: readonly RescaleFile[];
  selection: FileSelection;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();
  const ticked = files.filter((file) => selection.has(file.id)).length;
  const all = files.length > 0 && ticked === files.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && !all;
  }, [ticked, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={box}
      checked={all}
      disabled={!hydrated}
      onChange={(event) => selection.set(files, event.target.checked)}
      aria-label="Select all files on this page"
    />
  );
}
