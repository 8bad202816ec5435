import type { DatasetRecord } from '@/data/schemas/registry';
import { SOURCE_TIERS } from '@/data/schemas/sources';
import { sourcesById } from '@/data/source-index';
import { safeHttpUrl } from '@/lib/safe-url';

type Source = DatasetRecord<'sources'>;

export interface SourceLink {
  /** The publisher, with the original it reprints ("TASS, via Mehr News"). */
  text: string;
  title: string;
  /** http(s) only; null when the source has no such address (the link is then plain text). */
  href: string | null;
}

/** Rank of a source, best tier first; one without a web address ranks last (it cannot be opened). */
function rank(source: Source | undefined): number {
  if (!source) return 99;
  if (!safeHttpUrl(source.url)) return 98;
  return SOURCE_TIERS.indexOf(source.tier);
}

/**
 * The ids, de-duplicated and ordered best first: by tier, then by how many of the figure's records cite the source
 * (for a count, the one most of it rests on), then in the order the records list them.
 */
export function rankSourceIds(ids: Iterable<string>, sources: readonly Source[] | undefined): string[] {
  const byId = sourcesById(sources);
  const citations = new Map<string, number>();
  for (const id of ids) citations.set(id, (citations.get(id) ?? 0) + 1);
  return [...citations.keys()]
    .map((id, order) => ({ id, order, rank: rank(byId.get(id)), cited: citations.get(id) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || b.cited - a.cited || a.order - b.order)
    .map((s) => s.id);
}

/** The link for the best of the ids (they come ranked), or null when none of them is in the sources file. */
export function bestSourceLink(
  rankedIds: readonly string[],
  sources: readonly Source[] | undefined,
): SourceLink | null {
  const byId = sourcesById(sources);
  const source = rankedIds.map((id) => byId.get(id)).find((s) => s !== undefined);
  if (!source) return null;
  return {
    text:
      source.original && source.original !== source.publisher
        ? `${source.original}, via ${source.publisher}`
        : source.publisher,
    title: source.title,
    href: safeHttpUrl(source.url),
  };
}
