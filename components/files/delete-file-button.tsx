'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/api/api-client';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import { FILE_TYPE, type RescaleFile } from '@/lib/rescale/types';
import { describeFailure } from '@/lib/rescale/failure';

export type DeleteFileButtonProps = {
  file: Pick<RescaleFile, 'id' | 'name' | 'typeId'>;
  onDeleted: () => void;
};

/** Deleting cannot be undone, so it always asks first, in a modal dialog that keeps focus. */
export function DeleteFileButton({ file, onDeleted }: DeleteFileButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = `delete-${file.id}-title`;
  const errorId = `delete-${file.id}-error`;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(proxyUrl(rescalePaths.file(file.id)), { method: 'DELETE' });
      dialog.current?.close();
      onDeleted();
    } catch (caught) {
      setError(`${file.name} was not deleted: ${describeFailure(caught)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Delete ${file.name}`}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        Delete
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={error ? errorId : undefined}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Delete {file.name}?
        </h2>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {file.typeId === FILE_TYPE.output
            ? 'The file is removed from Rescale, and from the outputs of the job that wrote it; this cannot be undone.'
            : 'The file is removed from Rescale. Jobs that already used it keep their copy; this cannot be undone.'}
        </p>
        {error ? (
          <p id={errorId} role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button onClick={() => dialog.current?.close()} disabled={busy}>
            Keep it
          </Button>
          <Button variant="danger" onClick={confirm} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete'}
          </Button>
        </div>
      </dialog>
    </>
  );
}
