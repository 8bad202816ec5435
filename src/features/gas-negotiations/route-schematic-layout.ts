import { wrapText } from '@/components/export/svg-text';
import type { SchematicRoute } from './route-selectors';

/**
 * Schematic geometry only (not to scale, not geographic), in a 520 × 240 design space: where each known route is
 * drawn. The sketch is stretched to the space it gets; its text keeps its size, so it stays legible on a phone and
 * in proportion on a slide.
 */
export const DESIGN = { width: 520, height: 240 };
export const SKETCH_PATHS: Record<string, [number, number][]> = {
  'power-of-siberia-1': [
    [250, 40],
    [318, 98],
    [336, 170],
  ],
  'power-of-siberia-2': [
    [70, 60],
    [170, 128],
    [262, 196],
  ],
  'far-eastern-route': [
    [446, 46],
    [412, 118],
    [350, 176],
  ],
  'central-asia-china': [
    [24, 204],
    [112, 196],
    [250, 204],
  ],
  'central-asia-china-line-d': [
    [24, 224],
    [112, 218],
    [250, 218],
  ],
};

export interface Place {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Where it goes on a narrow sketch (a phone), where the wide place would run into a route. */
  narrow?: Omit<Place, 'narrow'>;
}

/** Below this width the sketch uses the places' narrow positions and shorter wording. */
export const NARROW_SKETCH = 480;

export const PLACES: Place[] = [
  { x: 70, y: 46, text: 'West Siberia' },
  { x: 250, y: 26, text: 'East Siberia' },
  { x: 446, y: 32, text: 'Sakhalin', anchor: 'end' },
  { x: 170, y: 146, text: 'Mongolia', anchor: 'end' },
  // Clear of the Far Eastern route on its left and of the dotted border under it (at 394, 142 the route ran through
  // its first letters and the border through its descenders).
  {
    x: 410,
    y: 136,
    text: 'Dalnerechensk–Hulin',
    anchor: 'start',
    narrow: { x: 516, y: 192, text: 'Dalnerechensk–Hulin', anchor: 'end' },
  },
  {
    x: 30,
    y: 172,
    text: 'Russia / China border (schematic)',
    anchor: 'start',
    narrow: { x: 30, y: 172, text: 'Russia / China border', anchor: 'start' },
  },
  { x: 14, y: 190, text: 'Turkmenistan', anchor: 'start' },
  { x: 300, y: 228, text: 'China' },
];

export const PLACE_SIZE = 11;
export const LEGEND_SIZE = 12;
export const LEGEND_LINE = 16;
export const LEGEND_TEXT_X = 62;
const LEGEND_GAP = 6;
export const SKETCH_MIN = 210;

export function dash(status: SchematicRoute['status']): string | undefined {
  if (status === 'operating') return undefined;
  return status === 'under-construction' ? '10 5' : '4 4';
}

export function legendText(r: SchematicRoute): string {
  const firstGas = r.firstGas && r.status !== 'operating' ? `; first gas: ${r.firstGas}` : '';
  return `${r.name} — ${r.statusLabel}, ${r.capacityText}${firstGas}`;
}

export interface LegendRow {
  lines: string[];
  /** The row's top edge below the sketch's key start. */
  top: number;
}

/** The key's rows (wrapped to the width) and its height. */
export function legendLayout(routes: readonly SchematicRoute[], width: number): { rows: LegendRow[]; height: number } {
  let y = 8;
  const rows = routes.map((r) => {
    const lines = wrapText(legendText(r), width - LEGEND_TEXT_X - 4, LEGEND_SIZE);
    const row = { lines, top: y };
    y += lines.length * LEGEND_LINE + LEGEND_GAP;
    return row;
  });
  return { rows, height: y };
}

/**
 * The sketch's height at a width: the stretched sketch (kept near its design proportion) plus the wrapped key. Given
 * `room` (a slide's plot height; see ChartHeight), the sketch takes the room left over its key instead, down to
 * SKETCH_MIN: drawn at the plot's size, not taller and shrunk, its place names and numbers keep their size.
 */
export function sketchHeight(routes: readonly SchematicRoute[], width: number, room?: number): number {
  const key = legendLayout(routes, width).height;
  const wanted = Math.ceil(Math.max(SKETCH_MIN, Math.min(300, (width * DESIGN.height) / DESIGN.width)) + key);
  return room === undefined ? wanted : Math.max(Math.ceil(SKETCH_MIN + key), Math.min(wanted, room));
}
