import { SourceLink } from '@/components/source-links/source-link';
import { formatPartialDate } from '@/lib/months';
import { publisherLabel, type SourceRef } from '@/domain/sources';

/**
 * Every source behind what the card shows, numbered, best first, each with its title, publisher (a mirror or
 * aggregator as "<original>, retrieved via <it>"), date and link: the Sources tab, and the footer's list.
 */
export function CardSources({ refs, label }: { refs: readonly SourceRef[]; label: string }) {
  if (refs.length === 0) return <p>No sources for the records shown.</p>;
  return (
    <ol className="card__sources" aria-label={label}>
      {refs.map((s) => (
        <li key={s.id}>
          <strong>{s.publisher ? publisherLabel(s) : 'Publisher not given'}</strong>:{' '}
          <SourceLink source={s}>{s.title}</SourceLink>
          {s.date ? `, ${formatPartialDate(s.date)}` : ', undated'}
        </li>
      ))}
    </ol>
  );
}
