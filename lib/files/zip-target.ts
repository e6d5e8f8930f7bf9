/**
 * Where a zip stream goes on disk, without ever holding it whole: a file the user picks
 * (File System Access, Chromium), else a download the service worker in
 * `public/zip-download-worker.js` answers with the stream, pulled chunk by chunk.
 */

export type ZipTarget = {
  /** How the zip reaches disk, for the words shown once it is done. */
  kind: 'picked-file' | 'browser-download';
  /** Resolves once every byte is on disk; rejects if the stream errors or `signal` aborts, leaving no usable file. */
  write: (zip: ReadableStream<Uint8Array>, signal: AbortSignal) => Promise<void>;
  /** Removes what a failed or cancelled save left behind; false when an empty file had to stay. */
  discard: () => Promise<boolean>;
};

/** The user closed the save dialog: nothing to do, nothing to report. */
export class SaveDeclined extends Error {
  constructor() {
    super('No file was chosen.');
    this.name = 'SaveDeclined';
  }
}

/** This browser cannot write a stream to disk here (no picker, no service worker). */
export class CannotStream extends Error {
  constructor() {
    super(
      'This browser cannot save a zip as it is made: use a recent Chrome or Edge, or Firefox or Safari ' +
        'on the dashboard’s https address, or download the files one by one.',
    );
    this.name = 'CannotStream';
  }
}

type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable: () => Promise<WritableStream<Uint8Array>>; remove?: () => Promise<void> }>;

const WORKER_URL = '/zip-download-worker.js';
const WORKER_SCOPE = '/zip-download/';
/** Idle service workers are stopped after about 30 s; a message keeps this one alive while it streams. */
const KEEP_ALIVE_MS = 10_000;

async function pickedFile(picker: SaveFilePicker, name: string): Promise<ZipTarget> {
  let handle: Awaited<ReturnType<SaveFilePicker>>;
  try {
    handle = await picker({
      suggestedName: name,
      types: [{ description: 'Zip archive', accept: { 'application/zip': ['.zip'] } }],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw new SaveDeclined();
    throw error;
  }
  return {
    kind: 'picked-file',
    // An aborted pipe aborts the writable, which drops what it wrote: no half zip is left.
    write: async (zip, signal) => zip.pipeTo(await handle.createWritable(), { signal }),
    // The picker made the chosen file, empty; Chromium can remove it again.
    discard: async () => {
      if (!handle.remove) return false;
      return handle.remove().then(
        () => true,
        () => false,
      );
    },
  };
}

async function activeWorker(): Promise<ServiceWorker> {
  const registration = await navigator.serviceWorker.register(WORKER_URL, { scope: WORKER_SCOPE });
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  if (!worker) throw new CannotStream();
  if (worker.state === 'activated') return worker;
  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new CannotStream());
    });
  });
  return worker;
}

function errorWords(error: unknown): string {
  return error instanceof Error ? error.message : 'The zip could not be made.';
}

/** Answers the worker's pulls from the zip stream, one chunk per pull, so the zip is made no faster than it is saved. */
function pump(zip: ReadableStream<Uint8Array>, port: MessagePort, signal: AbortSignal): Promise<void> {
  const reader = zip.getReader();
  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      port.postMessage({ type: 'error', message: errorWords(error) });
      port.close();
      void reader.cancel(error).catch(() => undefined);
      reject(error);
    };
    const onAbort = () => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    port.onmessage = async (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'cancel')
        return fail(new DOMException('The download was cancelled in the browser.', 'AbortError'));
      if (event.data?.type !== 'pull' || signal.aborted) return;
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          port.postMessage({ type: 'end' });
          port.close();
          signal.removeEventListener('abort', onAbort);
          resolve();
          return;
        }
        const view = chunk.value;
        const owned = view.byteOffset === 0 && view.byteLength === view.buffer.byteLength;
        const bytes = owned ? view.buffer : view.slice().buffer;
        port.postMessage({ type: 'chunk', chunk: bytes }, [bytes]);
      } catch (error) {
        signal.removeEventListener('abort', onAbort);
        if (!signal.aborted) fail(error);
      }
    };
  });
}

async function browserDownload(name: string): Promise<ZipTarget> {
  const worker = await activeWorker();
  return {
    kind: 'browser-download',
    // The browser lists a download whose stream failed as failed: there is nothing to remove.
    discard: async () => true,
    write: async (zip, signal) => {
      const id = crypto.randomUUID();
      const channel = new MessageChannel();
      const ready = new Promise<void>((resolve) => {
        channel.port1.onmessage = (event: MessageEvent<{ type?: string }>) => {
          if (event.data?.type === 'ready') resolve();
        };
      });
      worker.postMessage({ type: 'zip', id, name }, [channel.port2]);
      await ready;
      const saving = pump(zip, channel.port1, signal);
      const frame = document.createElement('iframe');
      frame.hidden = true;
      frame.title = 'Zip download';
      frame.src = `${WORKER_SCOPE}${id}`;
      document.body.append(frame);
      const keepAlive = setInterval(() => worker.postMessage({ type: 'keep-alive' }), KEEP_ALIVE_MS);
      try {
        await saving;
      } finally {
        clearInterval(keepAlive);
        frame.remove();
      }
    },
  };
}

/**
 * Asks where to save first, while the click still counts as the user's gesture (the
 * picker needs one), before any file is fetched.
 */
export async function openZipTarget(name: string): Promise<ZipTarget> {
  const picker = (window as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (typeof picker === 'function') return pickedFile(picker.bind(window), name);
  if (window.isSecureContext && 'serviceWorker' in navigator) return browserDownload(name);
  throw new CannotStream();
}
