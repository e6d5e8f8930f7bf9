import type { RescaleFile } from '@/lib/rescale/types';
import { coalesceChunks } from './coalesce-chunks';
import { openZipTarget, type ZipTarget } from './zip-target';
import { zipStream, type ZipProgress } from './zip-stream';

/** Big enough that crossing to the browser process costs little per byte; small enough to be nothing in memory. */
const BLOCK_BYTES = 1024 * 1024;

export type SaveZipRequest = {
  /** The zip's file name: letters, digits, dot, dash and underscore only. */
  name: string;
  /** The files, found once the save is set up (a whole run is listed page by page). */
  files: (signal: AbortSignal) => Promise<readonly RescaleFile[]>;
  signal: AbortSignal;
  onProgress: (progress: ZipProgress) => void;
};

export type SaveZipOutcome =
  | { saved: true; kind: ZipTarget['kind'] }
  | { saved: false; kind: ZipTarget['kind']; error: unknown; leftEmptyFile: boolean };

/**
 * The one entry the page loads on demand (with client-zip behind it): choose where the
 * zip goes, list the files, then stream the zip there.
 */
export async function saveZip({ name, files, signal, onProgress }: SaveZipRequest): Promise<SaveZipOutcome> {
  const target = await openZipTarget(name);
  try {
    const list = await files(signal);
    if (list.length === 0) throw new Error('There are no files to put in the zip.');
    await target.write(zipStream(list, signal, onProgress).pipeThrough(coalesceChunks(BLOCK_BYTES)), signal);
    return { saved: true, kind: target.kind };
  } catch (error) {
    const removed = await target.discard();
    return { saved: false, kind: target.kind, error, leftEmptyFile: !removed };
  }
}
