import type { DatasetRecord } from '@/data/schemas/registry';
import { formatBcm, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { dateInWindow, matchesSearch, yearInWindow } from '@/store/filter-match';
import type { Filters } from '@/store/view-state';

export type GasEvent = DatasetRecord<'gas-events'>;
export type GasFlow = DatasetRecord<'gas-flows'>;

export function filterGasEvents(events: readonly GasEvent[], filters: Filters): GasEvent[] {
  return events
    .filter((e) => dateInWindow(e.date, filters) && matchesSearch(filters.search, [e.title, e.detail, e.quote?.text, e.quote?.speaker]))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function filterGasFlows(flows: readonly GasFlow[], filters: Filters): GasFlow[] {
  return flows.filter((f) => yearInWindow(f.year, filters)).sort((a, b) => a.year - b.year);
}

export interface GasView {
  events: GasEvent[];
  flows: GasFlow[];
  summary: string;
  emptyReason: string | null;
  table: TableModel;
  sourceIds: string[];
}

export function selectGasView(events: readonly GasEvent[], flows: readonly GasFlow[], filters: Filters): GasView {
  const shownEvents = filterGasEvents(events, filters);
  const shownFlows = filterGasFlows(flows, filters);
  const latestPos1 = shownFlows.filter((f) => f.series === 'pos1-to-china').at(-1);
  const flowText = latestPos1 ? ` Power of Siberia 1 carried ${formatBcm(latestPos1.bcm)} in ${latestPos1.year}.` : ' No Power of Siberia 1 flow year in the window.';
  return {
    events: shownEvents,
    flows: shownFlows,
    summary: `${pluralise(shownEvents.length, 'negotiation event')} in the window.${flowText}`,
    emptyReason: shownEvents.length === 0 && shownFlows.length === 0 ? 'no gas events or flows in this time window.' : null,
    table: {
      caption: 'Gas negotiation events',
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'title', label: 'Event' },
        { key: 'marker', label: 'Status marker' },
        { key: 'actors', label: 'Actors' },
        { key: 'sources', label: 'Source ids' },
      ],
      rows: shownEvents.map((e) => ({ id: e.id, date: formatPartialDate(e.date), title: e.title, marker: e.marker, actors: e.actors.join(', '), sources: e.sources.join(' ') })),
    },
    sourceIds: [...shownEvents.flatMap((e) => e.sources), ...shownFlows.flatMap((f) => f.sources)],
  };
}
