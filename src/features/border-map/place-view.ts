import { publisherLabel, resolveSources } from '@/domain/sources';
import type { Names } from '@/data/schemas/common';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import {
  KIND_LABELS,
  MODE_LABELS,
  PLACE_STATUS_LABELS,
  placeMarkerStyle,
  type MarkerStyle,
  type PlaceKind,
  type PlaceMode,
  type PlaceStatus,
} from './marker-style';
import { sourcesById } from '@/data/source-index';

export type Place = DatasetRecord<'places'>;
export type Source = DatasetRecord<'sources'>;
export type Region = DatasetRecord<'regions'>;

export interface SourceLink {
  id: string;
  label: string;
  /** Only an http(s) URL (safeHttpUrl); otherwise the source is shown as text. */
  href: string | null;
}

export interface PlaceView {
  id: string;
  name: Names;
  kind: PlaceKind;
  kindLabel: string;
  modes: PlaceMode[];
  modesLabel: string;
  status: PlaceStatus;
  statusLabel: string;
  /** Formatted opening date, or null when no source gives one. */
  opened: string | null;
  openedNote: string | null;
  counterpart: Names | null;
  throughput: string | null;
  regions: { id: string; label: string }[];
  location: { lat: number; lon: number; approximate: boolean; note: string | null } | null;
  /** Why a non-crossing place is on the map: its note and, where the seed article differs, what is shown instead. */
  annotation: string | null;
  note: string | null;
  claim: { wording: string; correction: string } | null;
  heilongjiangPort: boolean;
  sources: SourceLink[];
  style: MarkerStyle;
}

export interface Lookups {
  sources: ReadonlyMap<string, Source>;
  regions: ReadonlyMap<string, Region>;
}

export function buildLookups(sources: readonly Source[] = [], regions: readonly Region[] = []): Lookups {
  return { sources: sourcesById(sources), regions: new Map(regions.map((r) => [r.id, r])) };
}

export function sourceLinks(ids: readonly string[], lookups: Lookups): SourceLink[] {
  return resolveSources(ids, lookups.sources).map((s) =>
    s.record
      ? {
          id: s.id,
          label: `${publisherLabel(s)}: ${s.title}${s.date ? ` (${formatPartialDate(s.date)})` : ''}`,
          href: s.href,
        }
      : { id: s.id, label: `${s.id} (not in sources.json)`, href: null },
  );
}

/** Every source a place cites, for its record and for its coordinates. */
export function placeSourceIds(p: Place): string[] {
  return [...new Set([...p.sources, ...(p.location?.sources ?? [])])];
}

export function toPlaceView(p: Place, lookups: Lookups): PlaceView {
  const approximate = p.location?.confidence === 'approximate';
  const note = p.note ?? null;
  const claim = p.articleClaim ? { wording: p.articleClaim.wording, correction: p.articleClaim.correction } : null;
  const annotation = [note, claim?.correction].filter(Boolean).join(' ');
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    kindLabel: KIND_LABELS[p.kind],
    modes: p.modes,
    modesLabel: p.modes.length ? p.modes.map((m) => MODE_LABELS[m]).join(', ') : '—',
    status: p.status,
    statusLabel: PLACE_STATUS_LABELS[p.status],
    opened: p.opened ? formatPartialDate(p.opened) : null,
    openedNote: p.openedNote ?? null,
    counterpart: p.counterpart ?? null,
    throughput: p.throughput ?? null,
    regions: p.regions.map((id) => ({ id, label: lookups.regions.get(id)?.name.en ?? id })),
    location: p.location
      ? { lat: p.location.lat, lon: p.location.lon, approximate, note: p.location.note ?? null }
      : null,
    annotation: p.kind === 'crossing' || !annotation ? null : annotation,
    note,
    claim,
    heilongjiangPort: p.heilongjiangPort,
    sources: sourceLinks(placeSourceIds(p), lookups),
    style: placeMarkerStyle({
      kind: p.kind,
      modes: p.modes,
      status: p.status,
      approximate: p.location === null || approximate,
    }),
  };
}

/** The lookups and place views of the last loaded sources and regions (see placeViews). */
let made: {
  sources: readonly Source[] | undefined;
  regions: readonly Region[] | undefined;
  lookups: Lookups;
  views: WeakMap<Place, PlaceView>;
} | null = null;

/**
 * The lookups, and a place's view made once per place record while the sources and regions stay the same: the view
 * does not depend on the filters, and at 100× data remaking 5,000 of them (labels, source links) was a large part of
 * the map's share of a filter change. The views are shared: callers never change them.
 */
export function placeViews(
  sources: readonly Source[] | undefined,
  regions: readonly Region[] | undefined,
): { lookups: Lookups; view: (p: Place) => PlaceView } {
  if (!made || made.sources !== sources || made.regions !== regions)
    made = { sources, regions, lookups: buildLookups(sources, regions), views: new WeakMap() };
  const { lookups, views } = made;
  const view = (p: Place): PlaceView => {
    let shown = views.get(p);
    if (!shown) {
      shown = toPlaceView(p, lookups);
      views.set(p, shown);
    }
    return shown;
  };
  return { lookups, view };
}
