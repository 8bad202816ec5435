import { formatBcm, formatNumber, pluralise } from '@/lib/format';
import type { TableModel } from '@/lib/table-model';
import { yearInWindow } from '@/store/filter-match';
import type { Filters } from '@/store/view-state';
import { filterFlows, selectCapacityLines, type GasFlow, type GasRoute } from './flow-selectors';
import { selectPriceRows, type GasPrice } from './price-selectors';
import type { GasSupplier } from './supplier-selectors';
import { selectTimeline, type GasEvent, type Source, type TimelineItem } from './timeline-selectors';

export interface GasData {
  events: readonly GasEvent[];
  flows: readonly GasFlow[];
  routes: readonly GasRoute[];
  prices: readonly GasPrice[];
  suppliers: readonly GasSupplier[];
  sources: readonly Source[];
}

export interface GasView {
  timeline: TimelineItem[];
  summary: string;
  emptyReason: string | null;
  table: TableModel;
  sourceIds: string[];
}

function flowSentence(flows: readonly GasFlow[], routes: readonly GasRoute[], filters: Filters): string {
  const shown = filterFlows(flows, filters);
  const pos1 = shown.filter((f) => f.series === 'pos1-to-china').at(-1);
  const design = selectCapacityLines(routes, filters).find((l) => !l.planned);
  const europe = shown.filter((f) => f.series === 'russia-to-europe');
  const parts = [
    pos1 ? `Power of Siberia 1 carried ${formatBcm(pos1.bcm)} in ${pos1.year}${design ? ` (design ${formatNumber(design.bcm, 1)} bcm/y)` : ''}.` : 'No Power of Siberia 1 flow year in the window.',
  ];
  const [first, last] = [europe[0], europe.at(-1)];
  if (first && last && first !== last) parts.push(`Russian pipeline gas to Europe went from ${formatBcm(first.bcm)} (${first.year}) to ${formatBcm(last.bcm)} (${last.year}).`);
  return parts.join(' ');
}

function priceSentence(prices: readonly GasPrice[], filters: Filters): string {
  const row = selectPriceRows(prices, filters).filter((r) => r.china !== null && r.europe !== null).at(-1);
  return row?.china != null && row.europe != null
    ? ` Sourced export price ${row.label}: China US$${formatNumber(row.china, 1)} vs Europe + Turkey US$${formatNumber(row.europe, 1)} per 1,000 m³.`
    : '';
}

export function selectGasView(data: GasData, filters: Filters): GasView {
  const timeline = selectTimeline(data.events, data.sources, filters);
  const flows = filterFlows(data.flows, filters);
  const latest = timeline.at(-1);
  const eventText = `${pluralise(timeline.length, 'negotiation event')} in the window${latest ? `, latest ${latest.dateLabel}: ${latest.markerLabel.toLowerCase()}` : ''}.`;
  const prices = data.prices.filter((p) => yearInWindow(p.year, filters));
  const suppliers = data.suppliers.filter((s) => yearInWindow(s.year, filters));
  return {
    timeline,
    summary: `${eventText} ${flowSentence(data.flows, data.routes, filters)}${priceSentence(data.prices, filters)}`,
    emptyReason:
      timeline.length === 0 && flows.length === 0 && prices.length === 0 && suppliers.length === 0
        ? 'no gas negotiation events, flows, prices or import figures in this time window and search.'
        : null,
    table: {
      caption: 'Gas negotiation timeline',
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'title', label: 'Event' },
        { key: 'marker', label: 'Status marker' },
        { key: 'actors', label: 'Actors' },
        { key: 'quote', label: 'Quote' },
        { key: 'confidence', label: 'Confidence' },
        { key: 'sources', label: 'Source ids' },
      ],
      rows: timeline.map((e) => ({
        id: e.id,
        date: e.dateLabel,
        title: e.title,
        marker: e.markerLabel,
        actors: e.actors.join(', ') || null,
        quote: e.quote ? `${e.quote.speaker}: “${e.quote.text}”` : null,
        confidence: e.confidence,
        sources: e.sources.map((s) => s.id).join(' '),
      })),
    },
    sourceIds: [
      ...timeline.flatMap((e) => e.sources.map((s) => s.id)),
      ...flows.flatMap((f) => f.sources),
      ...prices.flatMap((p) => p.sources),
      ...suppliers.flatMap((s) => s.sources),
    ],
  };
}
