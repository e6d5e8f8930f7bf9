'use client';

import { uploadLimit } from '@/lib/new-job/upload-limit';
import type { RescaleFile } from '@/lib/rescale/types';
import { UploadDropzone } from './upload-dropzone';
import { UploadList } from './upload-list';
import { useUploads } from '../../lib/files/use-uploads';

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
      <UploadList
        items={uploads.items}
        onCancel={uploads.cancel}
        onRetry={uploads.retry}
        onDismiss={uploads.dismiss}
      />
    </div>
  );
}
