import type { DatasetRecord } from '@/data/schemas/registry';
import { SOURCE_TIERS } from '@/data/schemas/sources';
import { sourcesById } from '@/data/source-index';

type Source = DatasetRecord<'sources'>;

const rank = (source: Source | undefined): number => (source ? SOURCE_TIERS.indexOf(source.tier) : SOURCE_TIERS.length);

/**
 * "Sources: TASS, Reuters and 4 more" for the sources cited by the records shown. The best sources lead (primary
 * publishers, then outlets, research, reprints and aggregators last; within a tier the most cited first), so the line
 * never opens with a mirror's or a content farm's name while an original is cited.
 */
export function sourceLine(ids: Iterable<string>, sources: readonly Source[] | undefined, max = 3): string {
  const byId = sourcesById(sources);
  const best = new Map<string, { rank: number; count: number }>();
  for (const id of ids) {
    const source = byId.get(id);
    const name = source?.publisher ?? id;
    const seen = best.get(name);
    best.set(name, { rank: Math.min(seen?.rank ?? Infinity, rank(source)), count: (seen?.count ?? 0) + 1 });
  }
  const publishers = [...best]
    .sort(([a, x], [b, y]) => x.rank - y.rank || y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name]) => name);
  if (publishers.length === 0) return 'Sources: none for the rows shown';
  const shown = publishers.slice(0, max).join(', ');
  return publishers.length > max ? `Sources: ${shown} and ${publishers.length - max} more` : `Sources: ${shown}`;
}
