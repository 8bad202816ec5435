import { SourceLink } from '@/components/source-links/source-link';
import { publisherLabel, type SourceRef } from '@/domain/sources';
import { formatPartialDate } from '@/lib/months';

/** Every source in full: title, publisher, date and a link that opens in a new tab (http/https only). */
export function SourceList({ sources, label }: { sources: readonly SourceRef[]; label: string }) {
  return (
    <ul className="source-list" aria-label={label}>
      {sources.map((s) => (
        <li key={s.id}>
          <SourceLink source={s}>{s.title}</SourceLink>
          {' — '}
          {s.publisher ? publisherLabel(s) : 'publisher not given'}, {s.date ? formatPartialDate(s.date) : 'undated'}
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
          <SourceLink source={s} title={s.href ? s.title : (s.note ?? undefined)}>
            {publisherLabel(s)}
          </SourceLink>
        </span>
      ))}
    </>
  );
}
