'use client';

import { Button } from '@/components/ui/button';
import { listRunFiles } from '@/lib/files/list-run-files';
import { useZipDownload } from '@/lib/files/use-zip-download';
import { zipFileName } from '@/lib/files/zip-download-words';
import { useHydrated } from '@/lib/ui/use-hydrated';
import { ZipProgressView } from './zip-progress';

/** Every output file of one run as one zip, whatever page of the list is shown. */
export function RunZipDownload({ jobId, runId, label }: { jobId: string; runId: string; label: string }) {
  const zip = useZipDownload();
  const hydrated = useHydrated();
  const busy = zip.state.phase === 'preparing' || zip.state.phase === 'saving';
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          size="sm"
          disabled={busy || !hydrated}
          onClick={() =>
            void zip.start(zipFileName(jobId, `run-${label}`), (signal) => listRunFiles(jobId, runId, signal))
          }
        >
          Download run {label} as zip
        </Button>
      </div>
      <ZipProgressView state={zip.state} onCancel={zip.cancel} onDismiss={zip.dismiss} />
    </div>
  );
}
