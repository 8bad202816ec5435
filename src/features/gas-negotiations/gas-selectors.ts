import { formatBcm, formatNumber, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import type { DatasetRecord } from '@/data/schemas/registry';
import { definePanel, type PanelFrameText } from '@/components/panel-frame/panel-spec';
import { lazyFields } from '@/components/panel-frame/lazy-fields';
import { selectAnnotations } from '@/domain/annotations';
import { yearInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import {
  combinedCapacity,
  filterFlows,
  selectCapacityLines,
  selectFlowNotes,
  selectFlowRows,
  type CapacityLine,
  type FlowRow,
  type GasFlow,
  type GasRoute,
} from './flow-selectors';
import { gasTakeaway } from './gas-takeaway';
import { axisAnnotations, flowTable, type AxisAnnotation } from './flow-table';
import { priceTable, selectPriceRows, type GasPrice, type PriceRow } from './price-selectors';
import { ROUTE_IDS } from './route-ids';
import { selectSchematic } from './route-selectors';
import { suppliersInWindow, supplierTable, type GasSupplier } from './supplier-selectors';
import { whatIfDefaults, type WhatIfDefaults } from './what-if-defaults';
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
  /** The shared key events, drawn on the flow chart's axis. */
  keyEvents: readonly DatasetRecord<'events'>[];
  sources: readonly Source[];
}

/** The deferred part: what the body draws, every section's records already filtered. The frame's text is selectGasFrame's. */
export interface GasView {
  timeline: TimelineItem[];
  table: TableModel;
  schematic: ReturnType<typeof selectSchematic>;
  flows: {
    rows: FlowRow[];
    capacityLines: CapacityLine[];
    combinedCapacity: number | null;
    notes: ReturnType<typeof selectFlowNotes>;
    axis: AxisAnnotation[];
    claim: GasRoute['articleClaim'] | undefined;
    table: TableModel;
  };
  prices: { rows: PriceRow[]; table: TableModel; whatIf: WhatIfDefaults };
  /** The import figures in the window; the measure and year are the section's own choices among them. */
  suppliers: { inWindow: GasSupplier[]; table: TableModel };
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

/**
 * Pure: only the frame's text, without the timeline items and tables. It is computed at once on every filter change
 * (the charts follow in a deferred render), so it does no more than the summary needs.
 */
export function selectGasFrame(data: Omit<GasData, 'sources' | 'keyEvents'>, filters: Filters): PanelFrameText {
  const events = filterGasEvents(data.events, filters);
  const flows = filterFlows(data.flows, filters);
  const latest = events.at(-1);
  const eventText = `${pluralise(events.length, 'negotiation event')} in the window${latest ? `, latest ${formatPartialDate(latest.date)}: ${MARKER_LABELS[latest.marker].toLowerCase()}` : ''}.`;
  const prices = data.prices.filter((p) => yearInWindow(p.year, filters));
  const suppliers = data.suppliers.filter((s) => yearInWindow(s.year, filters));
  return {
    takeaway: gasTakeaway(flows),
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

/**
 * Pure. The hero (the flows chart) and the frame's table are computed at once; the More tab's sections (routes,
 * timeline, alternatives, prices, the capacity chart) draw nothing while the tab is closed, so they are lazy fields,
 * computed when first read (the tab opened, a slide, an export), not on every filter change.
 */
export function selectGasView(data: GasData, filters: Filters): GasView {
  const timeline = selectTimeline(data.events, data.sources, filters);
  const rows = selectFlowRows(data.flows, filters);
  const capacityLines = selectCapacityLines(data.routes, filters);
  return lazyFields<GasView>({
    timeline: () => timeline,
    schematic: () => selectSchematic(data.routes),
    flows: () =>
      lazyFields<GasView['flows']>({
        rows: () => rows,
        capacityLines: () => capacityLines,
        combinedCapacity: () => combinedCapacity(capacityLines),
        notes: () => selectFlowNotes(data.flows, filters),
        axis: () => axisAnnotations(selectAnnotations(data.keyEvents, filters), rows),
        claim: () => data.routes.find((r) => r.id === ROUTE_IDS.pos2)?.articleClaim,
        table: () => flowTable(data.flows, data.routes, filters),
      }),
    prices: () => ({
      rows: selectPriceRows(data.prices, filters),
      table: priceTable(data.prices, filters),
      whatIf: whatIfDefaults(data.prices, data.routes),
    }),
    suppliers: () => ({
      inWindow: suppliersInWindow(data.suppliers, filters),
      table: supplierTable(data.suppliers, filters),
    }),
    table: () => timelineTable(timeline),
  });
}

function timelineTable(timeline: readonly TimelineItem[]): TableModel {
  return {
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
  };
}

/** The panel contract (see usePanelView): the files it reads, under the names the selectors read them by. */
export const GAS_PANEL = definePanel({
  id: 'gas',
  datasets: {
    events: 'gas-events',
    flows: 'gas-flows',
    routes: 'gas-routes',
    prices: 'gas-prices',
    suppliers: 'gas-suppliers',
    keyEvents: 'events',
    sources: 'sources',
  },
  selectFrame: selectGasFrame,
  selectView: selectGasView,
});
