'use client';

import { Button } from '@/components/ui/button';
import type { ZipDownloadState } from '@/lib/files/use-zip-download';
import { formatBytes } from '@/lib/ui/format';

function counts(progress: { filesDone: number; filesTotal: number; bytesDone: number; bytesTotal: number }) {
  return `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)} · ${progress.filesDone} of ${progress.filesTotal} file${progress.filesTotal === 1 ? '' : 's'}`;
}

/** A zip under way (bar, counts, Cancel) or how it ended, with a way to clear the words. */
export function ZipProgressView({
  state,
  onCancel,
  onDismiss,
}: {
  state: ZipDownloadState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  if (state.phase === 'idle') return null;
  const busy = state.phase === 'preparing' || state.phase === 'saving';
  const tone =
    state.phase === 'failed'
      ? 'bg-red-50 text-red-950 dark:bg-red-950/50 dark:text-red-100'
      : 'bg-slate-50 text-slate-900 dark:bg-slate-900 dark:text-slate-100';
  return (
    <div className={`flex flex-col gap-2 rounded-md p-3 text-sm ${tone}`} data-testid="zip-progress">
      {state.phase === 'saving' && (
        <>
          <progress
            aria-label={`Zip ${state.name}`}
            max={Math.max(state.progress.bytesTotal, 1)}
            value={state.progress.bytesDone}
            className="h-2 w-full"
          />
          <p className="tabular-nums">{counts(state.progress)}</p>
        </>
      )}
      <p role="status">
        {state.phase === 'preparing' && `Preparing ${state.name}…`}
        {state.phase === 'saving' && `Saving ${state.name}…`}
        {state.phase === 'saved' &&
          `${state.kind === 'picked-file' ? 'Saved' : 'Downloaded'} ${state.name}${state.progress ? `: ${counts(state.progress)}` : ''}.`}
        {(state.phase === 'cancelled' || state.phase === 'failed') && state.message}
      </p>
      <div>
        {busy ? (
          <Button size="sm" onClick={onCancel}>
            Cancel zip
          </Button>
        ) : (
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            Dismiss
          </Button>
        )}
      </div>
    </div>
  );
}
