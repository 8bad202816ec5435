// Reads and validates a picked file off the main thread: a 20 MB file, millions of CSV rows or a file nested a
// million levels deep is parsed here, and the page (a presentation, the charts) keeps answering meanwhile.
import { readImport, type ReadResult } from './read-import';

export interface ReadRequest {
  file: File;
  today: string;
}

const reply = (result: ReadResult): void => (globalThis as unknown as Worker).postMessage(result);

globalThis.addEventListener('message', (event: Event) => {
  const { file, today } = (event as MessageEvent<ReadRequest>).data;
  file.text().then(
    (text) => {
      try {
        reply(readImport(file.name, text, today));
      } catch (error) {
        reply({
          ok: false,
          error: `${file.name}: could not be read (${error instanceof Error ? error.message : 'error'})`,
        });
      }
    },
    () => reply({ ok: false, error: `${file.name}: the file could not be read` }),
  );
});
