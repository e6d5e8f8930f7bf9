'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { RescaleFile } from '@/lib/rescale/types';
import type { ZipProgress } from './zip-stream';
import { failureWords, leftoverWords } from './zip-download-words';

export type ZipDownloadState =
  | { phase: 'idle' }
  | { phase: 'preparing'; name: string }
  | { phase: 'saving'; name: string; progress: ZipProgress }
  | { phase: 'saved'; name: string; progress: ZipProgress | null; kind: 'picked-file' | 'browser-download' }
  | { phase: 'cancelled'; message: string }
  | { phase: 'failed'; message: string };

/** Progress repaints at most this often: a 2 GiB zip passes tens of thousands of chunks. */
const PROGRESS_EVERY_MS = 150;

/**
 * Saves files as one zip and follows it: progress, cancel, and words for how it ended.
 * The zip code (client-zip and the savers) loads on the first use, not with the page.
 */
export function useZipDownload() {
  const [state, setState] = useState<ZipDownloadState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (name: string, files: (signal: AbortSignal) => Promise<readonly RescaleFile[]>) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'preparing', name });
      let latest: ZipProgress | null = null;
      let paintedAt = 0;
      const onProgress = (progress: ZipProgress) => {
        latest = progress;
        const now = performance.now();
        if (now - paintedAt < PROGRESS_EVERY_MS && progress.filesDone < progress.filesTotal) return;
        paintedAt = now;
        if (!controller.signal.aborted) setState({ phase: 'saving', name, progress });
      };
      try {
        const { saveZip } = await import('./save-zip');
        const outcome = await saveZip({ name, files, signal: controller.signal, onProgress });
        if (outcome.saved) setState({ phase: 'saved', name, progress: latest, kind: outcome.kind });
        else if (controller.signal.aborted)
          setState({ phase: 'cancelled', message: `Cancelled. ${leftoverWords(name, outcome)}` });
        else
          setState({
            phase: 'failed',
            message: `${failureWords(outcome.error)} ${leftoverWords(name, outcome)}`,
          });
      } catch (error) {
        if (error instanceof Error && error.name === 'SaveDeclined') setState({ phase: 'idle' });
        else setState({ phase: 'failed', message: failureWords(error) });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, dismiss };
}
