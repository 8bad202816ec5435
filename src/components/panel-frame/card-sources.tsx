import { SourceLink } from '@/components/source-links/source-link';
import { formatPartialDate } from '@/lib/months';
import { publisherLabel, resolveSources, type Source } from '@/domain/sources';

/**
 * The Sources tab's list: every source behind what the card shows, best first, each with its title, publisher (a
 * mirror or aggregator as "<original>, retrieved via <it>"), date and link. The header's line names only the first.
 */
export function CardSources({
  ids,
  sources,
  title,
}: {
  ids: readonly string[];
  sources: readonly Source[] | undefined;
  title: string;
}) {
  const refs = resolveSources(ids, sources);
  if (refs.length === 0) return <p>No sources for the records shown.</p>;
  return (
    <ol className="card__sources" aria-label={`${title} sources`}>
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
