import type { TableModel } from '@/lib/table-model';
import type { PlaceView } from './place-view';

/** The places shown, as the data table and CSV: one row per place, located or not. */
export function placesTable(places: readonly PlaceView[]): TableModel {
  return {
    caption: 'Border crossings and places shown on the map',
    columns: [
      { key: 'name', label: 'Name' },
      { key: 'kind', label: 'Kind' },
      { key: 'modes', label: 'Modes' },
      { key: 'status', label: 'Status' },
      { key: 'opened', label: 'Opened' },
      { key: 'lat', label: 'Latitude', kind: 'number' },
      { key: 'lon', label: 'Longitude', kind: 'number' },
      { key: 'location', label: 'Location precision' },
      { key: 'sources', label: 'Sources (ids in sources.json)' },
    ],
    rows: places.map((p) => ({
      id: p.id,
      name: p.name.en,
      kind: p.kindLabel,
      modes: p.modesLabel,
      status: p.statusLabel,
      opened: p.opened ?? 'not sourced',
      lat: p.location?.lat ?? null,
      lon: p.location?.lon ?? null,
      location: p.location ? (p.location.approximate ? 'approximate' : 'sourced') : 'location not sourced',
      sources: p.sources.map((s) => s.id).join(' '),
    })),
  };
}
