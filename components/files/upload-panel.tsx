'use client';

import { lazyComponent } from '@/components/ui/lazy-component';
import { uploadLimit } from '@/lib/new-job/upload-limit';
import type { RescaleFile } from '@/lib/rescale/types';
import { UploadDropzone } from './upload-dropzone';
import { useUploads } from '@/lib/files/use-uploads';

/** Empty until a file is chosen: its code loads then. */
const UploadList = lazyComponent(() => import('./upload-list').then((module) => module.UploadList));

export type UploadPanelProps = {
  onUploaded?: (file: RescaleFile) => void;
  label?: string;
};

/** Drop zone, picker and the list of uploads in flight, as used on the files page and in the new-job form. */
export function UploadPanel({ onUploaded, label }: UploadPanelProps) {
  const uploads = useUploads({ maxBytes: uploadLimit.bytes, onUploaded });
  return (
    <div className="flex flex-col gap-3">
      <UploadDropzone
        onFiles={uploads.add}
        maxBytes={uploadLimit.bytes}
        limitNotice={uploadLimit.notice}
        label={label}
      />
      {uploads.items.length > 0 ? (
        <UploadList
          items={uploads.items}
          onCancel={uploads.cancel}
          onRetry={uploads.retry}
          onDismiss={uploads.dismiss}
        />
      ) : null}
    </div>
  );
}
