import { formatBcm, formatNumber, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { yearInWindow } from '@/store/filter-match';
import type { Filters } from '@/store/view-state';
import { filterFlows, selectCapacityLines, type GasFlow, type GasRoute } from './flow-selectors';
import { selectPriceRows, type GasPrice } from './price-selectors';
import type { GasSupplier } from './supplier-selectors';
import {
  filterGasEvents,
  MARKER_LABELS,
  selectTimeline,
  type GasEvent,
  type Source,
  type TimelineItem,
} from './timeline-selectors';

export interface GasData {
  events: readonly GasEvent[];
  flows: readonly GasFlow[];
  routes: readonly GasRoute[];
  prices: readonly GasPrice[];
  suppliers: readonly GasSupplier[];
  sources: readonly Source[];
}

/** The deferred part: what the body draws. The frame's text is selectGasFrame's. */
export interface GasView {
  timeline: TimelineItem[];
  table: TableModel;
}

function flowSentence(flows: readonly GasFlow[], routes: readonly GasRoute[], filters: Filters): string {
  const shown = filterFlows(flows, filters);
  const pos1 = shown.filter((f) => f.series === 'pos1-to-china').at(-1);
  const design = selectCapacityLines(routes, filters).find((l) => !l.planned);
  const europe = shown.filter((f) => f.series === 'russia-to-europe');
  const parts = [
    pos1
      ? `Power of Siberia 1 carried ${formatBcm(pos1.bcm)} in ${pos1.year}${design ? ` (design ${formatNumber(design.bcm, 1)} bcm/y)` : ''}.`
      : 'No Power of Siberia 1 flow year in the window.',
  ];
  const [first, last] = [europe[0], europe.at(-1)];
  if (first && last && first !== last)
    parts.push(
      `Russian pipeline gas to Europe went from ${formatBcm(first.bcm)} (${first.year}) to ${formatBcm(last.bcm)} (${last.year}).`,
    );
  return parts.join(' ');
}

function priceSentence(prices: readonly GasPrice[], filters: Filters): string {
  const row = selectPriceRows(prices, filters)
    .filter((r) => r.china !== null && r.europe !== null)
    .at(-1);
  return row?.china != null && row.europe != null
    ? ` Sourced export price ${row.label}: China US$${formatNumber(row.china, 1)} vs Europe + Turkey US$${formatNumber(row.europe, 1)} per 1,000 m³.`
    : '';
}

/** What the panel's frame shows for a selection: the summary, why it is empty, and the sources of what is shown. */
export interface GasFrameText {
  summary: string;
  emptyReason: string | null;
  sourceIds: string[];
}

/**
 * Pure: only the frame's text, without the timeline items and tables. It is computed at once on every filter change
 * (the charts follow in a deferred render), so it does no more than the summary needs.
 */
export function selectGasFrame(data: Omit<GasData, 'sources'>, filters: Filters): GasFrameText {
  const events = filterGasEvents(data.events, filters);
  const flows = filterFlows(data.flows, filters);
  const latest = events.at(-1);
  const eventText = `${pluralise(events.length, 'negotiation event')} in the window${latest ? `, latest ${formatPartialDate(latest.date)}: ${MARKER_LABELS[latest.marker].toLowerCase()}` : ''}.`;
  const prices = data.prices.filter((p) => yearInWindow(p.year, filters));
  const suppliers = data.suppliers.filter((s) => yearInWindow(s.year, filters));
  return {
    summary: `${eventText} ${flowSentence(data.flows, data.routes, filters)}${priceSentence(data.prices, filters)}`,
    emptyReason:
      events.length === 0 && flows.length === 0 && prices.length === 0 && suppliers.length === 0
        ? 'no gas negotiation events, flows, prices or import figures in this time window and search.'
        : null,
    sourceIds: [
      ...events.flatMap((e) => e.sources),
      ...flows.flatMap((f) => f.sources),
      ...prices.flatMap((p) => p.sources),
      ...suppliers.flatMap((s) => s.sources),
    ],
  };
}

export function selectGasView(data: GasData, filters: Filters): GasView {
  const timeline = selectTimeline(data.events, data.sources, filters);
  return {
    timeline,
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
  };
}
