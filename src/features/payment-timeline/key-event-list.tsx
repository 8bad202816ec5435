import { useState, type ReactElement } from 'react';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { Annotation } from '@/store/annotations';
import { SourceLinks } from './source-links';

interface Props {
  annotations: readonly Annotation[];
  sources: readonly DatasetRecord<'sources'>[];
}

/**
 * The dashed key-event lines as text, with their sources (the chart labels are short and may be abbreviated). Folded,
 * and its items rendered only once opened: they are rebuilt with every filter change.
 */
export function KeyEventList({ annotations, sources }: Props): ReactElement | null {
  const [open, setOpen] = useState(false);
  if (annotations.length === 0) return null;
  return (
    <details className="payments__key-events" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Key events on the time axis ({annotations.length})</summary>
      {open && (
        <ul>
          {annotations.map((a) => (
            <li key={a.id}>
              <strong>{formatPartialDate(a.month)}</strong> · {a.label}. {a.detail}
              <SourceLinks ids={a.sources} sources={sources} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
