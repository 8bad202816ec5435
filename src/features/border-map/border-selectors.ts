import { definePanel, type PanelFrameText } from '@/components/panel-frame/panel-spec';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { STATUS_LABELS, type Filters } from '@/domain/view-state';
import { filterPlaces, filterProjects, type Project } from './border-filters';
import { placesTable } from './border-table';
import { borderTakeaway } from './border-takeaway';
import { type MarkerShape, type PlaceStatus } from './marker-style';
import {
  placeViews,
  placeSourceIds,
  sourceLinks,
  type Place,
  type PlaceView,
  type Region,
  type Source,
  type SourceLink,
} from './place-view';

type Aggregate = DatasetRecord<'aggregates'>;

/** Above this many located places the map switches from focusable DOM markers to one canvas layer (the list stays). */
export const DOM_MARKER_LIMIT = 300;

export interface ProjectMarkerView {
  id: string;
  name: string;
  lat: number;
  lon: number;
  approximate: boolean;
  statusLabel: string;
  selected: boolean;
  sources: SourceLink[];
}

export interface BorderInputs {
  places: readonly Place[];
  projects?: readonly Project[] | undefined;
  sources?: readonly Source[] | undefined;
  regions?: readonly Region[] | undefined;
  aggregates?: readonly Aggregate[] | undefined;
}

export interface BorderView {
  places: PlaceView[];
  located: PlaceView[];
  unlocated: PlaceView[];
  projects: ProjectMarkerView[];
  /** Said when the project chosen in the investment panel cannot be highlighted here. */
  selectedProjectNote: string | null;
  portNote: PortNote | null;
  drawMode: 'markers' | 'canvas';
  legend: { shapes: MarkerShape[]; statuses: PlaceStatus[]; approximate: boolean; projects: boolean };
  table: TableModel;
}

/** The aggregate with the official count of Heilongjiang's ports facing Russia (places flag their candidates). */
export const HEILONGJIANG_PORTS_AGGREGATE = 'heilongjiang-ports-facing-russia-2024';

export interface PortNote {
  text: string;
  detail: string | null;
}

/**
 * "Heilongjiang first-class ports on the Russian border: 19 (6 May 2024); 18 named in our sources as candidates, at
 * least 1 not named by any source." The candidates are not an official list, so the unnamed count is a lower bound.
 */
function portNote(aggregates: readonly Aggregate[], places: readonly Place[]): PortNote | null {
  const count = aggregates.find((a) => a.id === HEILONGJIANG_PORTS_AGGREGATE);
  if (!count || count.projectCount === null) return null;
  const named = places.filter((p) => p.heilongjiangPort).length;
  const unnamed = count.projectCount - named;
  const qualifier = count.countQualifier ? `${count.countQualifier.replace('-', ' ')} ` : '';
  const unnamedText = unnamed > 0 ? `, at least ${formatNumber(unnamed, 0)} not named by any source` : '';
  return {
    text: `${count.label}: ${qualifier}${formatNumber(count.projectCount, 0)} (${formatPartialDate(count.date)}); ${formatNumber(named, 0)} named in our sources as candidates${unnamedText}.`,
    detail: count.note ?? null,
  };
}

function selectedProjectNote(
  id: string | null | undefined,
  all: readonly Project[],
  shown: readonly ProjectMarkerView[],
): string | null {
  if (!id) return null;
  const project = all.find((p) => p.id === id);
  if (!project || shown.some((p) => p.id === id)) return null;
  return project.location
    ? `The selected project, ${project.name.en}, is hidden by the current filters.`
    : `The selected project, ${project.name.en}, has no sourced location, so it is not on the map.`;
}

/** Counted from the raw records, so the frame's text needs no place views (see selectBorderFrame). */
function summaryText(places: readonly Place[], projects: number): string {
  const crossings = places.filter((p) => p.kind === 'crossing');
  const undated = crossings.filter((p) => !p.opened).length;
  const approximate = places.filter((p) => p.location?.confidence === 'approximate').length;
  const unlocated = places.filter((p) => p.location === null).length;
  return (
    `${pluralise(crossings.length, 'crossing')} shown (${formatNumber(undated, 0)} with no sourced opening date) and ` +
    `${pluralise(places.length - crossings.length, 'other place')}; ${formatNumber(approximate, 0)} at approximate locations, ` +
    `${formatNumber(unlocated, 0)} not drawn (not even the town is known). ${pluralise(projects, 'investment project')} with coordinates.`
  );
}

/**
 * Pure: only the frame's text, without place views, markers and tables. It is computed at once on every filter
 * change (the map and the list follow in a deferred render), so it does no more than the summary needs.
 */
export function selectBorderFrame(inputs: Pick<BorderInputs, 'places' | 'projects'>, filters: Filters): PanelFrameText {
  const shownPlaces = filterPlaces(inputs.places, filters);
  const shownProjects = filterProjects(inputs.projects ?? [], filters);
  const located = shownProjects.filter((p) => p.location).length;
  return {
    takeaway: borderTakeaway(shownPlaces),
    summary: summaryText(shownPlaces, located),
    emptyReason:
      shownPlaces.length === 0 && located === 0 ? 'no crossings, places or located projects in this selection.' : null,
    sourceIds: [...shownPlaces.flatMap(placeSourceIds), ...shownProjects.flatMap((p) => p.sources)],
  };
}

export function selectBorderView(
  inputs: BorderInputs,
  filters: Filters,
  selectedProjectId: string | null = null,
): BorderView {
  const { lookups, view } = placeViews(inputs.sources, inputs.regions);
  const shownPlaces = filterPlaces(inputs.places, filters);
  const places = shownPlaces.map(view);
  const located = places.filter((p) => p.location !== null);
  const shownProjects = filterProjects(inputs.projects ?? [], filters);
  const projects = shownProjects.flatMap((p): ProjectMarkerView[] =>
    p.location
      ? [
          {
            id: p.id,
            name: p.name.en,
            lat: p.location.lat,
            lon: p.location.lon,
            approximate: p.location.confidence === 'approximate',
            statusLabel: STATUS_LABELS[p.status],
            selected: p.id === selectedProjectId,
            sources: sourceLinks([...p.sources, ...p.location.sources], lookups),
          },
        ]
      : [],
  );
  return {
    places,
    located,
    unlocated: places.filter((p) => p.location === null),
    projects,
    selectedProjectNote: selectedProjectNote(selectedProjectId, inputs.projects ?? [], projects),
    portNote: portNote(inputs.aggregates ?? [], inputs.places),
    drawMode: located.length > DOM_MARKER_LIMIT ? 'canvas' : 'markers',
    legend: {
      shapes: [...new Set(located.map((p) => p.style.shape))],
      statuses: [...new Set(located.map((p) => p.status))],
      approximate: located.some((p) => p.location?.approximate),
      projects: projects.length > 0,
    },
    table: placesTable(places),
  };
}

/** The panel contract (see usePanelView): the files it reads, under the names the selectors read them by. */
export const BORDER_PANEL = definePanel({
  id: 'border',
  datasets: {
    places: 'places',
    projects: 'projects',
    regions: 'regions',
    aggregates: 'aggregates',
    sources: 'sources',
  },
  selectFrame: selectBorderFrame,
  selectView: selectBorderView,
});
