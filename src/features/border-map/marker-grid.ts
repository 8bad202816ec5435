/**
 * The markers a label must keep off, as a grid of 32 px cells in world pixels (Web Mercator pixels at one zoom):
 * built once per set of markers and zoom, and kept, so a pan moves no marker in it (a label's box is only shifted by
 * the map's offset) and going back to a zoom finds its grid made. With 5,000 dots in canvas mode, building boxes and
 * a grid of them after every move and zoom took 30–80 ms of the label layout.
 */
import { mercatorPixel } from './geo-paths';
import type { MarkerBox } from './placed-labels';

const CELL = 32;
/** Cell columns and rows are offset so that points a little outside the world still get a positive key. */
const OFFSET = 1024;
const key = (cx: number, cy: number) => (cx + OFFSET) * 65536 + (cy + OFFSET);
/** Grids kept per set of markers: the zooms a reader goes back and forth between (zoom steps are 0.5). */
const KEPT_ZOOMS = 8;

export interface MarkerGrid {
  /** Whether a box in world pixels at the grid's zoom touches a marker's box (edges touching do not count). */
  hits(left: number, top: number, right: number, bottom: number): boolean;
}

/** A grid of marker boxes: `xy` are zoom-0 pixels (x, y pairs), `half` each box's half width, `scale` 2^zoom. */
export function markerGrid(xy: Float64Array, half: Float64Array, scale: number): MarkerGrid {
  const n = half.length;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  // Each marker sits in the cell of its centre only; a query looks maxHalf further out instead.
  const cells = new Map<number, number[]>();
  let maxHalf = 0;
  for (let i = 0; i < n; i += 1) {
    // Rounded as Leaflet rounds a marker's position (latLngToLayerPoint), so a label beside a marker stays clear.
    const [x, y] = [Math.round((xy[i * 2] ?? 0) * scale), Math.round((xy[i * 2 + 1] ?? 0) * scale)];
    px[i] = x;
    py[i] = y;
    const k = key(Math.floor(x / CELL), Math.floor(y / CELL));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
    maxHalf = Math.max(maxHalf, half[i] ?? 0);
  }
  return {
    hits(left, top, right, bottom) {
      const [x0, x1] = [Math.floor((left - maxHalf) / CELL), Math.floor((right + maxHalf) / CELL)];
      const [y0, y1] = [Math.floor((top - maxHalf) / CELL), Math.floor((bottom + maxHalf) / CELL)];
      for (let cx = x0; cx <= x1; cx += 1)
        for (let cy = y0; cy <= y1; cy += 1) {
          for (const i of cells.get(key(cx, cy)) ?? []) {
            const [x, y, h] = [px[i] ?? 0, py[i] ?? 0, half[i] ?? 0];
            if (left < x + h && x - h < right && top < y + h && y - h < bottom) return true;
          }
        }
      return false;
    },
  };
}

interface Projected {
  xy: Float64Array;
  half: Float64Array;
  grids: Map<number, MarkerGrid>;
}
const projected = new WeakMap<readonly MarkerBox[], Projected>();

/** The grid of a set of markers at a zoom: the markers projected once (zoom 0), the grid made once per zoom. */
export function gridAtZoom(markers: readonly MarkerBox[], zoom: number): MarkerGrid {
  let known = projected.get(markers);
  if (!known) {
    const xy = new Float64Array(markers.length * 2);
    const half = new Float64Array(markers.length);
    markers.forEach((m, i) => {
      const [x, y] = mercatorPixel(m.lon, m.lat);
      xy[i * 2] = x;
      xy[i * 2 + 1] = y;
      half[i] = m.half;
    });
    known = { xy, half, grids: new Map() };
    projected.set(markers, known);
  }
  let grid = known.grids.get(zoom);
  if (!grid) {
    if (known.grids.size >= KEPT_ZOOMS) known.grids.delete(known.grids.keys().next().value ?? zoom);
    grid = markerGrid(known.xy, known.half, 2 ** zoom);
    known.grids.set(zoom, grid);
  }
  return grid;
}
