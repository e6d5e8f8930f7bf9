'use client';

import { Button } from '@/components/ui/button';
import type { FileSelection } from '@/lib/files/use-file-selection';
import { useZipDownload } from '@/lib/files/use-zip-download';
import { zipFileName } from '@/lib/files/zip-download-words';
import { formatBytes } from '@/lib/ui/format';
import { ZipProgressView } from './zip-progress';

/** The selected files: how many, how big, and one zip of them all. */
export function ZipSelectionBar({ jobId, selection }: { jobId: string; selection: FileSelection }) {
  const zip = useZipDownload();
  const count = selection.files.length;
  const busy = zip.state.phase === 'preparing' || zip.state.phase === 'saving';
  if (count === 0 && zip.state.phase === 'idle') return null;
  const files = selection.files;
  return (
    <div className="flex flex-col gap-2">
      {count > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            {count.toLocaleString('en')} file{count === 1 ? '' : 's'} selected ({formatBytes(selection.bytes)}
            )
          </span>
          <Button
            size="sm"
            variant="primary"
            disabled={busy}
            onClick={() => void zip.start(zipFileName(jobId, 'files'), async () => files)}
          >
            Download {count === 1 ? '1 file' : `${count.toLocaleString('en')} files`} as zip
          </Button>
          <Button size="sm" variant="ghost" onClick={selection.clear}>
            Clear selection
          </Button>
        </div>
      )}
      <ZipProgressView state={zip.state} onCancel={zip.cancel} onDismiss={zip.dismiss} />
    </div>
  );
}
