import { rescaleErrorFromResponse } from '@/lib/rescale/errors';
import { proxyUrl, rescalePaths } from '@/lib/rescale/paths';
import type { RescaleFile } from '@/lib/rescale/types';

export type UploadProgress = { loaded: number; total: number };

export class UploadCancelledError extends Error {
  constructor(fileName: string) {
    super(`The upload of ${fileName} was cancelled.`);
    this.name = 'UploadCancelledError';
  }
}

export type UploadHandle = {
  done: Promise<RescaleFile>;
  cancel: () => void;
};

/**
 * Posts one file to the proxy as `multipart/form-data` (field `file`), the way the
 * platform's `files/contents/` expects it. XMLHttpRequest rather than fetch because
 * only it reports upload progress; the browser reads the file from disk as it sends,
 * so nothing here holds the file in memory.
 */
export function uploadFile(file: File, onProgress: (progress: UploadProgress) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<RescaleFile>((resolve, reject) => {
    xhr.upload.addEventListener('progress', (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    });
    xhr.addEventListener('load', () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
      });
      if (response.ok) {
        response.json().then((body: RescaleFile) => resolve(body), reject);
      } else {
        rescaleErrorFromResponse(response).then(reject, reject);
      }
    });
    xhr.addEventListener('error', () => {
      reject(
        new Error('The connection was lost before the upload finished. Check your network and try again.'),
      );
    });
    xhr.addEventListener('timeout', () => {
      reject(new Error('The upload timed out. Try again.'));
    });
    xhr.addEventListener('abort', () => reject(new UploadCancelledError(file.name)));
  });

  const body = new FormData();
  body.append('file', file, file.name);
  xhr.open('POST', proxyUrl(rescalePaths.fileUpload()));
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(body);

  return { done, cancel: () => xhr.abort() };
}
