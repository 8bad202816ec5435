import type { ReadResult } from './read-import';
import type { ReadRequest } from './read-import.worker';

export interface PendingRead {
  result: Promise<ReadResult>;
  /** Stops the read (a later pick or closing the dialog); `result` then never settles. */
  cancel: () => void;
}

/**
 * Reads a picked file in a Web Worker (read-import.worker.ts), so parsing and validating a large or hostile file never
 * holds up the page. Where there is no Worker (jsdom in the unit tests), it reads on this thread, loading the reader
 * only then: it is not needed for the first screen.
 */
export function readOffThread(file: File, today: string): PendingRead {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = file.text().then(
      async (text) => {
        const { readImport } = await import('./read-import');
        return cancelled ? new Promise<never>(() => {}) : readImport(file.name, text, today);
      },
      (): ReadResult => ({ ok: false, error: `${file.name}: the file could not be read` }),
    );
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('./read-import.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<ReadResult>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<ReadResult>) => {
      resolve(event.data);
      worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      resolve({ ok: false, error: `${file.name}: could not be read (${event.message || 'the reader stopped'})` });
      worker.terminate();
    });
  });
  const request: ReadRequest = { file, today };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
