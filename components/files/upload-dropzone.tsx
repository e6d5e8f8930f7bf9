'use client';

import { useId, useState, useSyncExternalStore, type DragEvent } from 'react';
import { formatBytes } from '@/lib/ui/format';

export type UploadDropzoneProps = {
  onFiles: (files: File[]) => void;
  maxBytes: number;
  /** Replaces the size hint when the limit is the platform's (lib/new-job/upload-limit.ts). */
  limitNotice?: string | null;
  label?: string;
};

const subscribeToNothing = () => () => undefined;

/** False in the server's HTML, true once React has hydrated and the input's handler is attached. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** Drop files here or pick them; the picker is a real file input, so keyboards and screen readers get it for free. */
export function UploadDropzone({
  onFiles,
  maxBytes,
  limitNotice = null,
  label = 'Upload files',
}: UploadDropzoneProps) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  // Files picked before hydration would reach no handler and vanish without a word.
  const hydrated = useHydrated();

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = Array.from(event.dataTransfer.files);
    if (dropped.length > 0) onFiles(dropped);
  }

  return (
    <div
      data-testid="upload-dropzone"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setDragging(false);
      }}
      onDrop={onDrop}
      className={
        'flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors ' +
        (dragging
          ? 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40'
          : 'border-slate-300 dark:border-slate-700')
      }
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">Drag files here, or</p>
      <label
        htmlFor={inputId}
        className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        {label}
        <input
          id={inputId}
          type="file"
          multiple
          disabled={!hydrated}
          aria-describedby={hintId}
          className="sr-only"
          onChange={(event) => {
            const picked = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            if (picked.length > 0) onFiles(picked);
          }}
        />
      </label>
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        {limitNotice ?? `Several at once are fine; each file may be up to ${formatBytes(maxBytes)}.`}
      </p>
    </div>
  );
}
