'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadSizeProblem } from '@/lib/new-job/upload-limit';
import type { RescaleFile } from '@/lib/rescale/types';
import { describeFailure } from '@/lib/rescale/failure';
import { UploadCancelledError, uploadFile, type UploadHandle } from './upload-request';

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled' | 'refused';

export type UploadItem = {
  id: string;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  message: string | null;
  uploaded: RescaleFile | null;
};

/** Enough to keep a few big files moving without starving the page's own requests. */
const PARALLEL_UPLOADS = 3;

let nextId = 0;

/**
 * A queue of uploads, each with its own progress, cancel and outcome. One file
 * failing or being cancelled never stops the others.
 */
export function useUploads({
  maxBytes,
  onUploaded,
}: {
  maxBytes: number;
  onUploaded?: (file: RescaleFile) => void;
}) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const files = useRef(new Map<string, File>());
  const handles = useRef(new Map<string, UploadHandle>());
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);

  const update = useCallback((id: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    (id: string) => {
      const file = files.current.get(id);
      if (!file) return;
      const handle = uploadFile(file, ({ loaded }) => update(id, { loaded }));
      handles.current.set(id, handle);
      handle.done
        .then(
          (uploaded) => {
            files.current.delete(id);
            update(id, { status: 'done', loaded: file.size, uploaded, message: null });
            onUploadedRef.current?.(uploaded);
          },
          (error: unknown) => {
            if (error instanceof UploadCancelledError) {
              files.current.delete(id);
              update(id, { status: 'cancelled', message: 'Cancelled.' });
            } else {
              update(id, { status: 'failed', message: describeFailure(error) });
            }
          },
        )
        .finally(() => handles.current.delete(id));
    },
    [update],
  );

  useEffect(() => {
    const active = items.filter((item) => item.status === 'uploading').length;
    const waiting = items
      .filter((item) => item.status === 'queued')
      .slice(0, Math.max(0, PARALLEL_UPLOADS - active));
    if (waiting.length === 0) return;
    const ids = new Set(waiting.map((item) => item.id));
    // Starting an upload is the effect; its row says so in the same pass.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setItems((current) =>
      current.map((item) => (ids.has(item.id) ? { ...item, status: 'uploading' } : item)),
    );
    for (const item of waiting) start(item.id);
  }, [items, start]);

  useEffect(() => {
    const running = handles.current;
    return () => {
      for (const handle of running.values()) handle.cancel();
    };
  }, []);

  const add = useCallback(
    (picked: Iterable<File>) => {
      const added: UploadItem[] = [];
      for (const file of picked) {
        const id = `upload-${(nextId += 1)}`;
        const problem = uploadSizeProblem(file, maxBytes);
        if (!problem) files.current.set(id, file);
        added.push({
          id,
          name: file.name,
          size: file.size,
          loaded: 0,
          status: problem ? 'refused' : 'queued',
          message: problem,
          uploaded: null,
        });
      }
      setItems((current) => [...current, ...added]);
    },
    [maxBytes],
  );

  const cancel = useCallback((id: string) => {
    const handle = handles.current.get(id);
    if (handle) handle.cancel();
    else {
      files.current.delete(id);
      setItems((current) =>
        current.map((item) =>
          item.id === id && item.status === 'queued'
            ? { ...item, status: 'cancelled', message: 'Cancelled.' }
            : item,
        ),
      );
    }
  }, []);

  /** A failed file is kept so it can be sent again without picking it anew. */
  const retry = useCallback((id: string) => {
    if (!files.current.has(id)) return;
    setItems((current) =>
      current.map((item) =>
        item.id === id && item.status === 'failed'
          ? { ...item, status: 'queued', loaded: 0, message: null }
          : item,
      ),
    );
  }, []);

  const dismiss = useCallback((id: string) => {
    files.current.delete(id);
    setItems((current) => current.filter((item) => item.id !== id || item.status === 'uploading'));
  }, []);

  return { items, add, cancel, retry, dismiss };
}
