import type { DatasetRecord } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import { dateInWindow, matchesSearch } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import { resolveSources, type SourceRef } from '@/domain/sources';
import { byCodeUnit } from '@/lib/compare';

export type GasEvent = DatasetRecord<'gas-events'>;
export type Source = DatasetRecord<'sources'>;

export const MARKER_LABELS: Record<GasEvent['marker'], string> = {
  contract: 'Contract',
  mou: 'MoU',
  'legally-binding-memorandum': 'Legally binding memorandum',
  agreement: 'Agreement',
  'no-deal': 'No deal / price not agreed',
  report: 'Report',
  milestone: 'Milestone',
};

export const ACTOR_LABELS: Record<GasEvent['actors'][number], string> = {
  gazprom: 'Gazprom',
  cnpc: 'CNPC',
  pipechina: 'PipeChina',
  kremlin: 'Kremlin',
  beijing: 'Beijing',
  mongolia: 'Mongolia',
  media: 'Media',
  'russian-government': 'Russian government',
};

/** A resolved source with its date formatted for the timeline. */
export type SourceLink = SourceRef;

export interface TimelineItem {
  id: string;
  date: string;
  dateLabel: string;
  title: string;
  detail: string;
  actors: string[];
  quote: { speaker: string; text: string } | null;
  marker: GasEvent['marker'];
  markerLabel: string;
  confidence: GasEvent['confidence'];
  sources: SourceLink[];
}

/** An event's sources, best first; an unknown id stays visible as "not found" rather than vanishing. */
export function eventSources(ids: readonly string[], sources: readonly Source[]): SourceLink[] {
  return resolveSources(ids, sources).map((s) =>
    s.record
      ? { ...s, date: s.date ? formatPartialDate(s.date) : null }
      : { ...s, title: `${s.id} (not found in sources.json)`, note: null },
  );
}

export function filterGasEvents(
  events: readonly GasEvent[],
  filters: Pick<Filters, 'from' | 'to' | 'search'>,
): GasEvent[] {
  return events
    .filter(
      (e) =>
        dateInWindow(e.date, filters) &&
        matchesSearch(filters.search, [
          e.title,
          e.detail,
          e.quote?.text,
          e.quote?.speaker,
          MARKER_LABELS[e.marker],
          ...e.actors.map((a) => ACTOR_LABELS[a]),
        ]),
    )
    .sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id));
}

export function selectTimeline(
  events: readonly GasEvent[],
  sources: readonly Source[],
  filters: Pick<Filters, 'from' | 'to' | 'search'>,
): TimelineItem[] {
  return filterGasEvents(events, filters).map((e) => ({
    id: e.id,
    date: e.date,
    dateLabel: formatPartialDate(e.date),
    title: e.title,
    detail: e.detail,
    actors: e.actors.map((a) => ACTOR_LABELS[a]),
    quote: e.quote ?? null,
    marker: e.marker,
    markerLabel: MARKER_LABELS[e.marker],
    confidence: e.confidence,
    sources: eventSources(e.sources, sources),
  }));
}
