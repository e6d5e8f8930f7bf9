import { makeZip } from 'client-zip';
import { apiFetch } from '@/lib/api/api-client';
import { describeFailure } from '@/lib/rescale/failure';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { RescaleFile } from '@/lib/rescale/types';
import { zipEntryNames } from './zip-entry-names';

export type ZipProgress = { filesDone: number; filesTotal: number; bytesDone: number; bytesTotal: number };

/** One file of the zip could not be read: which one (its name in the zip), and why. */
export class ZipEntryError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${entry}: ${reason}`);
    this.name = 'ZipEntryError';
  }
}

type Counter = { bytes: (count: number) => void; fileDone: () => void };

/** The file's body as it arrives, counted, with any failure named after the file. */
function countedBody(body: ReadableStream<Uint8Array>, entry: string, expected: number, counter: Counter) {
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw new ZipEntryError(
          entry,
          `the download broke off after ${received} bytes (${describeFailure(error)})`,
        );
      }
      if (chunk.done) {
        if (received !== expected)
          throw new ZipEntryError(entry, `the platform sent ${received} bytes of ${expected}`);
        counter.fileDone();
        controller.close();
        return;
      }
      received += chunk.value.byteLength;
      counter.bytes(chunk.value.byteLength);
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

async function* entries(files: readonly RescaleFile[], signal: AbortSignal, counter: Counter) {
  const names = zipEntryNames(files);
  for (const [index, file] of files.entries()) {
    const entry = names[index]!;
    let response: Response;
    try {
      response = await apiFetch(proxyUrl(rescalePaths.fileContents(file.id)), { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ZipEntryError(entry, describeFailure(error));
    }
    if (!response.body) throw new ZipEntryError(entry, 'the platform sent no content');
    yield {
      name: entry,
      lastModified: new Date(file.dateUploaded),
      input: countedBody(response.body, entry, file.decryptedSize, counter),
    };
  }
}

/**
 * The zip of `files` as a stream: each file is fetched through the proxy only when the
 * zip reaches it and flows through without being held, so memory stays flat whatever
 * the total. Aborting `signal` stops the fetch under way and errors the stream.
 */
export function zipStream(
  files: readonly RescaleFile[],
  signal: AbortSignal,
  onProgress: (progress: ZipProgress) => void,
): ReadableStream<Uint8Array> {
  const progress: ZipProgress = {
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: files.reduce((sum, file) => sum + file.decryptedSize, 0),
  };
  const counter: Counter = {
    bytes: (count) => {
      progress.bytesDone += count;
      onProgress({ ...progress });
    },
    fileDone: () => {
      progress.filesDone += 1;
      onProgress({ ...progress });
    },
  };
  onProgress({ ...progress });
  return makeZip(entries(files, signal, counter));
}
