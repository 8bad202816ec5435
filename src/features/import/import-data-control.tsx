import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { LoadedDataset } from '@/data/load-dataset';
import { useDashboardActions } from '@/store/hooks';
import { CsvFormatHelp } from './csv-format-help';
import { ImportBanner } from './import-banner';
import { ImportPreview } from './import-preview';
import { sizeProblem } from './import-limits';
import type { ImportFormat } from './read-import';
import { readOffThread, type PendingRead } from './read-off-thread';
import './import-data.css';

type Pick =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; imported: LoadedDataset; format: ImportFormat; warnings: string[] };

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * "Import data": a modal dialog that reads a JSON or CSV file in the browser (File.text(), nothing is sent anywhere),
 * validates it with the app's own parser and schemas, shows what would change, and only on "Apply import" puts the
 * merged dataset into the store. The banner next to it offers the way back to the bundled data.
 */
export function ImportDataControl() {
  const [open, setOpen] = useState(false);
  const [pick, setPick] = useState<Pick>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const latestRead = useRef(0);
  const pendingRead = useRef<PendingRead | null>(null);
  const titleId = useId();
  const { datasetImported } = useDashboardActions();

  useEffect(
    function syncDialog() {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (open && !dialog.open) dialog.showModal();
      if (!open && dialog.open) dialog.close();
    },
    [open],
  );

  const close = (): void => {
    latestRead.current += 1;
    pendingRead.current?.cancel();
    pendingRead.current = null;
    setOpen(false);
    setPick({ kind: 'idle' });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    // A later pick (or closing the dialog) wins over a read still in flight.
    const ticket = ++latestRead.current;
    const tooBig = sizeProblem(file.name, file.size);
    if (tooBig) {
      setPick({ kind: 'error', message: tooBig });
      return;
    }
    setPick({ kind: 'reading', fileName: file.name });
    pendingRead.current?.cancel();
    const read = readOffThread(file, today());
    pendingRead.current = read;
    const result = await read.result;
    if (ticket !== latestRead.current) return;
    setPick(
      result.ok
        ? { kind: 'ready', imported: result.imported, format: result.format, warnings: result.warnings }
        : { kind: 'error', message: result.error },
    );
  };

  const apply = (merged: LoadedDataset, summary: string): void => {
    datasetImported(merged, merged.file);
    setAnnouncement(`Imported ${merged.file}: ${summary}`);
    close();
  };

  return (
    <div className="import-data">
      <button ref={buttonRef} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import data
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      <ImportBanner
        onReverted={() => {
          setAnnouncement('Reverted to the bundled data.');
          buttonRef.current?.focus();
        }}
      />
      <dialog ref={dialogRef} className="import-dialog" aria-labelledby={titleId} onClose={close}>
        {open && (
          <div className="import-dialog__body">
            <h2 id={titleId}>Import data</h2>
            <p>
              Load your own records: a JSON file in the app’s data format (any dataset), or a CSV of projects or
              trade-monthly. It is checked with the same rules as the bundled data, and you see what would change before
              anything is applied. The file is read in this browser; nothing is uploaded.
            </p>
            <label className="field">
              <span>Data file (JSON or CSV)</span>
              <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e)} />
            </label>
            <CsvFormatHelp />
            {pick.kind === 'reading' && <p role="status">Reading {pick.fileName}…</p>}
            {pick.kind === 'error' && (
              <div role="alert" className="import-dialog__error">
                <p>{pick.message}</p>
                <p>Nothing was changed.</p>
              </div>
            )}
            {pick.kind === 'ready' && (
              <ImportPreview imported={pick.imported} format={pick.format} warnings={pick.warnings} onApply={apply} />
            )}
            <div className="import-dialog__actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </dialog>
    </div>
  );
}
