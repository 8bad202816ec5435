import { useState, type ReactElement } from 'react';
import { RowLimitNote } from '@/components/row-limit/row-limit-note';
import { FIRST_ROWS, useRowLimit } from '@/components/row-limit/use-row-limit';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { Annotation } from '@/domain/annotations';
import { SourceLinks } from './source-links';

interface Props {
  annotations: readonly Annotation[];
  sources: readonly DatasetRecord<'sources'>[];
}

/**
 * The dashed key-event lines as text, with their sources (the chart labels are short and may be abbreviated). Folded.
 * A short list is in the page while folded, so the browser's find-in-page finds it (and unfolds it); a long one
 * (imported or scaled data) is drawn only once opened, and then its first rows, as every long list here: it is
 * rebuilt with every filter change.
 */
export function KeyEventList({ annotations, sources }: Props): ReactElement | null {
  const [open, setOpen] = useState(false);
  const rowLimit = useRowLimit(annotations.length);
  if (annotations.length === 0) return null;
  const drawn = open || annotations.length <= FIRST_ROWS;
  return (
    <details className="payments__key-events" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Key events on the time axis ({annotations.length})</summary>
      {drawn && (
        <>
          <ul>
            {annotations.slice(0, rowLimit.limit).map((a, i) => (
              <li key={a.id} {...rowLimit.revealProps(i)}>
                <strong>{formatPartialDate(a.month)}</strong> · {a.label}. {a.detail}
                <SourceLinks ids={a.sources} sources={sources} />
              </li>
            ))}
          </ul>
          <RowLimitNote
            rowLimit={rowLimit}
            total={annotations.length}
            noun="key event"
            listName="Key events on the time axis"
          />
        </>
      )}
    </details>
  );
}
