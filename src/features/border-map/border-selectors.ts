import type { DatasetRecord } from '@/data/schemas/registry';
import { pluralise } from '@/lib/format';
import { partialDateSpan } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { matchesAny, matchesSearch } from '@/store/filter-match';
import type { Filters } from '@/store/view-state';

export type Place = DatasetRecord<'places'>;

/**
 * Crossings pass the time window when they had opened by its end; a crossing whose opening date is not sourced is
 * kept (and counted), because hiding it would claim it did not exist.
 */
export function filterPlaces(places: readonly Place[], filters: Filters): Place[] {
  return places.filter((p) => {
    if (!matchesAny(filters.regions, p.regions)) return false;
    if (!matchesAny(filters.statuses, [p.status])) return false;
    if (!matchesSearch(filters.search, [p.name.en, p.name.ru, p.name.zh, p.counterpart?.en, p.counterpart?.ru, p.counterpart?.zh])) return false;
    return p.opened ? partialDateSpan(p.opened).first <= filters.to : true;
  });
}

export interface BorderView {
  places: Place[];
  summary: string;
  emptyReason: string | null;
  table: TableModel;
  sourceIds: string[];
}

export function selectBorderView(places: readonly Place[], filters: Filters): BorderView {
  const shown = filterPlaces(places, filters);
  const crossings = shown.filter((p) => p.kind === 'crossing');
  const undated = crossings.filter((p) => !p.opened).length;
  return {
    places: shown,
    summary: `${pluralise(crossings.length, 'crossing')} shown (${undated} with no sourced opening date) and ${pluralise(shown.length - crossings.length, 'other place')}.`,
    emptyReason: shown.length === 0 ? 'no crossings or places in this selection.' : null,
    table: {
      caption: 'Border crossings and places',
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'kind', label: 'Kind' },
        { key: 'status', label: 'Status' },
        { key: 'opened', label: 'Opened' },
        { key: 'lat', label: 'Latitude' },
        { key: 'lon', label: 'Longitude' },
        { key: 'location', label: 'Location precision' },
        { key: 'sources', label: 'Source ids' },
      ],
      rows: shown.map((p) => ({
        id: p.id,
        name: p.name.en,
        kind: p.kind,
        status: p.status,
        opened: p.opened,
        lat: p.location?.lat ?? null,
        lon: p.location?.lon ?? null,
        location: p.location?.confidence ?? 'not located',
        sources: p.sources.join(' '),
      })),
    },
    sourceIds: shown.flatMap((p) => p.sources),
  };
}
