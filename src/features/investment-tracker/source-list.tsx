import { formatPartialDate } from '@/lib/months';
import type { SourceRef } from './source-refs';

/** Every source in full: title, publisher, date and a link that opens in a new tab (http/https only). */
export function SourceList({ sources, label }: { sources: readonly SourceRef[]; label: string }) {
  return (
    <ul className="source-list" aria-label={label}>
      {sources.map((s) => (
        <li key={s.id}>
          {s.href ? (
            <a href={s.href} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          {' — '}
          {s.publisher ?? 'publisher not given'}, {s.date ? formatPartialDate(s.date) : 'undated'}
          {!s.href && <span className="muted"> (no link{s.note ? `: ${s.note}` : ''})</span>}
        </li>
      ))}
    </ul>
  );
}

/** Compact: the publishers as links, for table cells and headline cards. */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ', '}
          {s.href ? (
            <a href={s.href} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.publisher ?? s.id}
            </a>
          ) : (
            <span title={s.note ?? undefined}>{s.publisher ?? s.id}</span>
          )}
        </span>
      ))}
    </>
  );
}
