import { useId, useMemo } from 'react';
import type { LoadedDataset } from '@/data/load-dataset';
import { formatPartialDate } from '@/lib/months';
import { useDataset } from '@/store/hooks';
import { unknownReferences, type KnownIds } from './import-checks';
import { diffImport, mergeImport } from './import-selectors';
import type { ImportFormat } from './read-import';

interface Props {
  imported: LoadedDataset;
  format: ImportFormat;
  /** From the reader: cells read as text that a spreadsheet would run as formulas. */
  warnings: readonly string[];
  onApply: (merged: LoadedDataset, summary: string) => void;
}

const idsOf = (dataset: LoadedDataset | undefined): ReadonlySet<string> | undefined =>
  dataset ? new Set((dataset.records as { id: string }[]).map((r) => r.id)) : undefined;

/** What the import would change in the loaded dataset, and the one button that applies it. */
export function ImportPreview({ imported, format, warnings, onApply }: Props) {
  const headingId = useId();
  const current = useDataset(imported.name);
  const sources = useDataset('sources');
  const sectors = useDataset('sectors');
  const regions = useDataset('regions');
  const diff = useMemo(
    () => diffImport(current?.records as { id: string }[] | undefined, imported),
    [current, imported],
  );
  const unknownIds = useMemo(() => {
    const known: KnownIds = { sources: idsOf(sources), sectors: idsOf(sectors), regions: idsOf(regions) };
    return unknownReferences(imported, known);
  }, [imported, sources, sectors, regions]);
  const counts: [string, number][] = [
    ['added', diff.added.length],
    ['updated', diff.updated.length],
    ['unchanged', diff.unchanged.length],
    ['rejected', diff.rejected.length],
  ];

  return (
    <section className="import-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>What would change</h3>
      <p>
        {format.toUpperCase()} file <strong>{imported.file}</strong> for <strong>{imported.name}</strong> (
        {imported.title}), data as of {formatPartialDate(imported.asOf)}. Records with the same id replace the loaded
        ones; new ids are added; the other {diff.kept} loaded record{diff.kept === 1 ? '' : 's'} stay.
      </p>
      <ul className="import-preview__counts" aria-label="Changes">
        {counts.map(([label, n]) => (
          <li key={label} className={`import-preview__count import-preview__count--${label}`}>
            {n} {label}
          </li>
        ))}
      </ul>
      {diff.added.length > 0 && <IdList title="Added" items={diff.added} />}
      {diff.updated.length > 0 && (
        <IdList title="Updated" items={diff.updated.map((u) => `${u.id}: ${u.fields.join(', ')}`)} />
      )}
      {diff.rejected.length > 0 && <IdList title="Rejected (not imported)" items={diff.rejected} open />}
      {unknownIds.length > 0 && (
        <IdList title="Warnings (imported, but references are unknown)" items={unknownIds} open />
      )}
      {warnings.length > 0 && (
        <IdList
          title="Cells that start like a formula (imported as text, escaped again in CSV exports)"
          items={warnings}
          open
        />
      )}
      {!current && (
        <p role="alert">
          The bundled {imported.name} data is not loaded, so there is nothing to compare with or revert to; the import
          can be applied once it has loaded.
        </p>
      )}
      {current && !diff.canApply && <p>Nothing to apply: the file adds or changes no record.</p>}
      <button
        type="button"
        className="import-preview__apply"
        disabled={!current || !diff.canApply}
        onClick={() => onApply(mergeImport(current, imported), diff.summary)}
      >
        Apply import
      </button>
    </section>
  );
}

/** Lines listed one by one; a file of thousands of rejected records lists the first ones and counts the rest. */
const MAX_LISTED = 200;

function IdList({ title, items, open = false }: { title: string; items: readonly string[]; open?: boolean }) {
  return (
    <details className="import-preview__list" open={open}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.slice(0, MAX_LISTED).map((item, i) => (
          <li key={`${i}:${item}`}>{item}</li>
        ))}
        {items.length > MAX_LISTED && <li>… and {items.length - MAX_LISTED} more</li>}
      </ul>
    </details>
  );
}
