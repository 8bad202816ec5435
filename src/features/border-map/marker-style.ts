import type { PLACE_KINDS, PLACE_MODES, PLACE_STATUSES } from '@/data/schemas/places';
import { OKABE_ITO } from '@/lib/colors';

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PlaceMode = (typeof PLACE_MODES)[number];
export type PlaceStatus = (typeof PLACE_STATUSES)[number];
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'target';

export const MODE_LABELS: Record<PlaceMode, string> = {
  road: 'Road',
  rail: 'Rail',
  river: 'River / ferry',
  bridge: 'Bridge',
  air: 'Air',
};
export const KIND_LABELS: Record<PlaceKind, string> = {
  crossing: 'Border crossing',
  sez: 'Special economic zone',
  'free-port': 'Free port',
  island: 'Island',
  chokepoint: 'Chokepoint',
  bridge: 'Bridge',
  city: 'City',
  port: 'Port',
  tripoint: 'Tripoint',
};
export const PLACE_STATUS_LABELS: Record<PlaceStatus, string> = {
  operating: 'Operating',
  closed: 'Closed',
  planned: 'Planned',
  'under-construction': 'Under construction',
  suspended: 'Suspended',
  unknown: 'Status unknown',
};

/** Shape says how goods cross (the first listed mode); colour says whether the crossing works. */
export const MODE_SHAPES: Record<PlaceMode, MarkerShape> = {
  road: 'square',
  rail: 'diamond',
  river: 'circle',
  bridge: 'hexagon',
  air: 'triangle',
};
/** Places that are not crossings (zones, islands, the Tumen chokepoint …) share one shape and carry a note. */
export const OTHER_PLACE_SHAPE: MarkerShape = 'star';
export const PROJECT_SHAPE: MarkerShape = 'target';

/** What each shape means, for the legend. */
export const SHAPE_LABELS: Record<MarkerShape, string> = {
  square: MODE_LABELS.road,
  diamond: MODE_LABELS.rail,
  circle: MODE_LABELS.river,
  hexagon: MODE_LABELS.bridge,
  triangle: MODE_LABELS.air,
  star: 'Other place: zone, free port, island, chokepoint … (see the notes)',
  target: 'Investment project with coordinates',
};

export const STATUS_COLORS: Record<PlaceStatus, string> = {
  operating: OKABE_ITO.bluishGreen,
  closed: OKABE_ITO.vermillion,
  planned: OKABE_ITO.blue,
  'under-construction': OKABE_ITO.orange,
  suspended: OKABE_ITO.reddishPurple,
  unknown: OKABE_ITO.grey,
};

export interface MarkerStyle {
  shape: MarkerShape;
  color: string;
  /** Approximate location: dashed outline and a white centre, so it never looks as precise as a sourced point. */
  approximate: boolean;
}

export function placeMarkerStyle(place: {
  kind: PlaceKind;
  modes: readonly PlaceMode[];
  status: PlaceStatus;
  approximate: boolean;
}): MarkerStyle {
  const mode = place.modes[0];
  const shape = place.kind !== 'crossing' ? OTHER_PLACE_SHAPE : mode ? MODE_SHAPES[mode] : 'circle';
  return { shape, color: STATUS_COLORS[place.status], approximate: place.approximate };
}

/** SVG geometry in a 20×20 box, shared by the map icons and the legend swatches. */
export const SHAPE_GEOMETRY: Record<
  Exclude<MarkerShape, 'target'>,
  { element: 'circle' | 'rect' | 'polygon'; attrs: Record<string, string> }
> = {
  circle: { element: 'circle', attrs: { cx: '10', cy: '10', r: '7' } },
  square: { element: 'rect', attrs: { x: '3.5', y: '3.5', width: '13', height: '13' } },
  diamond: { element: 'polygon', attrs: { points: '10,1.5 18.5,10 10,18.5 1.5,10' } },
  triangle: { element: 'polygon', attrs: { points: '10,2 18.5,17 1.5,17' } },
  hexagon: { element: 'polygon', attrs: { points: '5.5,2.5 14.5,2.5 19,10 14.5,17.5 5.5,17.5 1,10' } },
  star: {
    element: 'polygon',
    attrs: { points: '10,1 12.4,7.2 19,7.2 13.7,11.1 15.7,18 10,14 4.3,18 6.3,11.1 1,7.2 7.6,7.2' },
  },
};

/**
 * Sourced: filled, solid black outline. Approximate: still filled in its status colour (so it reads as a place, not
 * a ghost), with a dashed outline and a white centre, the mark the legend explains.
 */
export function strokeProps(style: MarkerStyle): Record<string, string> {
  return style.approximate
    ? { fill: style.color, stroke: '#000000', 'stroke-width': '1.4', 'stroke-dasharray': '2.5 1.5' }
    : { fill: style.color, stroke: '#000000', 'stroke-width': '1.2' };
}

const APPROXIMATE_CENTRE = '<circle cx="10" cy="10.5" r="2.6" fill="#ffffff" stroke="#000000" stroke-width="0.8"/>';

function attrs(record: Record<string, string>): string {
  return Object.entries(record)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
}

/**
 * The icon markup for a style. Built only from the constants above — never from data — so no place name or note can
 * reach innerHTML. The accessible name is set on the marker element separately.
 */
export function markerSvg(style: MarkerStyle): string {
  const open =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">';
  if (style.shape === 'target') {
    return `${open}<circle cx="10" cy="10" r="8" fill="#ffffff" stroke="#000000" stroke-width="2"/><circle cx="10" cy="10" r="3.5" fill="#000000"/></svg>`;
  }
  const g = SHAPE_GEOMETRY[style.shape];
  const centre = style.approximate ? APPROXIMATE_CENTRE : '';
  return `${open}<${g.element} ${attrs(g.attrs)} ${attrs(strokeProps(style))}/>${centre}</svg>`;
}

export function styleKey(style: MarkerStyle): string {
  return `${style.shape}|${style.color}|${style.approximate ? 'approx' : 'sourced'}`;
}

/** Neutral fill for legend swatches that explain shape or outline rather than colour. */
export const OKABE_ITO_GREY = OKABE_ITO.grey;
