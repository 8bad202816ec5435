import type { SourceRef } from '@/domain/sources';

/** The publishers a chart cites, for the source line of its images (1×, 2×, slides; see CHART_PRESETS). */
export interface ChartPublishers {
  /** Every original publisher once (a reprint named by its original), best tier first: resolveSources' order. */
  names: readonly string[];
  /** The same names, the most cited first (by how many of the chart's sources are theirs; ties in `names` order). */
  ranked: readonly string[];
  /** How many sources the chart cites. */
  sources: number;
  /** Whether the sources are too many for one line, so the SVG and the A4 column number them in a list. */
  numbered: boolean;
}

const WHERE = "numbered in the chart's SVG and its sources CSV";

/** A chart's publishers from its resolved sources (`resolveSources` order). */
export function chartPublishers(refs: readonly SourceRef[], numbered: boolean): ChartPublishers {
  const count = new Map<string, number>();
  for (const r of refs) {
    const name = r.original ?? r.publisher ?? r.id;
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const names = [...count.keys()];
  // Array sort is stable: equally cited publishers keep their tier order.
  const ranked = [...names].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
  return { names, ranked, sources: refs.length, numbered };
}

/**
 * The source line an image prints: every publisher once, or, where `shown` is fewer than all (a slide cannot print
 * two hundred publishers at a size a projector shows), the `shown` cited most, how many there are in all, and where
 * every source is listed. Never "and N more" without where the rest are.
 */
export function publishersLine(p: ChartPublishers, shown = p.names.length): string {
  const all = p.names.length;
  if (all === 0) return 'Source: none cited for the figures shown';
  if (shown >= all) {
    const line = `Source${all > 1 ? 's' : ''}: ${p.names.join(', ')}`;
    return p.numbered ? `${line}. The ${p.sources} sources are ${WHERE}.` : line;
  }
  const most = shown === 1 ? 'the publisher cited most' : `the ${shown} publishers cited most`;
  return (
    `Sources: ${most}, of ${all}: ${p.ranked.slice(0, shown).join(', ')}. ` +
    `All ${p.sources} sources, from every publisher, are ${WHERE}.`
  );
}
