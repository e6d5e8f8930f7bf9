'use client';

import { Button } from '@/components/ui/button';
import { formatBytes } from '@/lib/ui/format';
import type { UploadItem } from '@/lib/files/use-uploads';

export type UploadListProps = {
  items: readonly UploadItem[];
  onCancel: (id: string) => void;
  onRetry: (id: string) => void;
  onDismiss: (id: string) => void;
};

const statusText: Record<UploadItem['status'], string> = {
  queued: 'Waiting',
  uploading: 'Uploading',
  done: 'Uploaded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  refused: 'Not uploaded',
};

function percent(item: UploadItem): number {
  if (item.size === 0) return item.status === 'done' ? 100 : 0;
  return Math.min(100, Math.floor((item.loaded / item.size) * 100));
}

export function UploadList({ items, onCancel, onRetry, onDismiss }: UploadListProps) {
  if (items.length === 0) return null;
  return (
    <ul aria-label="Uploads" className="flex flex-col gap-2">
      {items.map((item) => {
        const inFlight = item.status === 'queued' || item.status === 'uploading';
        const problem = item.status === 'failed' || item.status === 'refused';
        return (
          <li
            key={item.id}
            aria-label={item.name}
            data-status={item.status}
            className="flex flex-col gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-700"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="min-w-0 font-medium break-all">{item.name}</span>
              <span className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
                {statusText[item.status]} · {formatBytes(item.loaded)} of {formatBytes(item.size)}
              </span>
            </div>
            {item.status !== 'refused' ? (
              <progress
                className="h-2 w-full accent-sky-700"
                max={100}
                value={percent(item)}
                aria-label={`${statusText[item.status]} ${item.name}`}
                aria-valuetext={`${percent(item)}%`}
              />
            ) : null}
            {problem && item.message ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-300">
                {item.name}: {item.message}
              </p>
            ) : null}
            <div className="flex gap-2">
              {inFlight ? (
                <Button
                  size="sm"
                  onClick={() => onCancel(item.id)}
                  aria-label={`Cancel upload of ${item.name}`}
                >
                  Cancel
                </Button>
              ) : null}
              {item.status === 'failed' ? (
                <Button
                  size="sm"
                  onClick={() => onRetry(item.id)}
                  aria-label={`Retry upload of ${item.name}`}
                >
                  Retry
                </Button>
              ) : null}
              {!inFlight ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onDismiss(item.id)}
                  aria-label={`Dismiss ${item.name}`}
                >
                  Dismiss
                </Button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
