/**
 * Locator-map labelling, pure: labels are placed greedily in priority order (rank 0 first), each at the first of its
 * candidate positions that stays inside the map, clear of every label already placed and clear of every marker; a
 * label with no such position is left out (a label never covers a marker, so every marker can be seen and clicked).
 * Fewer ranks are shown at low zoom.
 */
export type LabelPlacementKind = 'country' | 'sea' | 'city' | 'tumen-country' | 'place';

export interface LabelBox {
  id: string;
  kind: LabelPlacementKind;
  rank: number;
  /** The anchor, in container pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel extends Rect {
  id: string;
  /** Placed away from its point: the map draws a line from the point to the label. */
  leader: boolean;
}

/** The highest rank shown at a zoom: countries, seas and the main cities first, small towns and crossings later. */
export function maxRankAtZoom(zoom: number): number {
  if (zoom < 4.5) return 1;
  if (zoom < 5.5) return 2;
  if (zoom < 6.5) return 3;
  if (zoom < 7.5) return 4;
  if (zoom < 8.5) return 5;
  if (zoom < 9.5) return 6;
  return 7;
}

/** From this zoom the Tumen's three countries are named at the tripoint. */
export const TUMEN_CLOSE_UP_ZOOM = 9.5;
/**
 * Distances of a point's label from its point: the first beside it, the others joined to it by a leader line. At
 * most 56 px away: a label further off reads as naming another place (Birobidzhan's once sat east of Khabarovsk), so
 * a label with no room this close is left out.
 */
const GAPS = [7, 16, 24, 34, 44, 56];
const PADDING = 2;

function candidates(box: LabelBox): Rect[] {
  const { x, y, width: w, height: h } = box;
  const at = (left: number, top: number): Rect => ({ left, top, right: left + w, bottom: top + h });
  // An area's name may move off its centre, up or down first, then sideways, to clear a city or a marker.
  if (box.kind === 'country' || box.kind === 'sea' || box.kind === 'tumen-country')
    return [0, -0.6, 0.6].flatMap((side) =>
      [0, -1.5, 1.5, -3, 3].map((k) => at(x - w / 2 + side * w, y - h / 2 + k * h)),
    );
  // Beside the point first, then above and below, then the corners; the same again further out (a leader line then
  // joins the label to its point, see map-labels.tsx), so a city in a crowd of markers is still named.
  return GAPS.flatMap((gap) => [
    at(x + gap, y - h / 2),
    at(x - gap - w, y - h / 2),
    at(x - w / 2, y - gap - h),
    at(x - w / 2, y + gap),
    at(x + gap, y - h - 2),
    at(x - gap - w, y + 2),
    at(x + gap, y + 2),
    at(x - gap - w, y - h - 2),
  ]);
}

/** The nearest point of a label's box to its anchor: where a leader line ends. */
export function leaderEnd(anchor: { x: number; y: number }, r: Rect): { x: number; y: number } {
  return {
    x: Math.min(Math.max(anchor.x, r.left), r.right),
    y: Math.min(Math.max(anchor.y, r.top), r.bottom),
  };
}

export const overlaps = (a: Rect, b: Rect, padding = 0): boolean =>
  a.left < b.right + padding && b.left < a.right + padding && a.top < b.bottom + padding && b.top < a.bottom + padding;

const CELL = 64;
const LEADER_FROM = 12;
const isPoint = (box: LabelBox) => box.kind === 'city' || box.kind === 'place';
/** From the anchor to the nearest point of the rectangle. */
export function distanceTo(point: { x: number; y: number }, r: Rect): number {
  const dx = Math.max(r.left - point.x, 0, point.x - r.right);
  const dy = Math.max(r.top - point.y, 0, point.y - r.bottom);
  return Math.hypot(dx, dy);
}

/** Whether a rectangle touches any obstacle, through a grid of 64 px cells (5,000 dots in canvas mode). */
function obstacleIndex(obstacles: readonly Rect[]): (r: Rect) => boolean {
  // Cells keyed by number (column × 2^16 + row, columns and rows offset to stay positive), not by string: the index
  // is built again after every move and zoom.
  const cells = new Map<number, Rect[]>();
  const cell = (n: number) => Math.floor(n / CELL) + 1024;
  for (const o of obstacles)
    for (let cx = cell(o.left); cx <= cell(o.right); cx += 1)
      for (let cy = cell(o.top); cy <= cell(o.bottom); cy += 1) {
        const key = cx * 65536 + cy;
        const list = cells.get(key);
        if (list) list.push(o);
        else cells.set(key, [o]);
      }
  return (r) => {
    for (let cx = cell(r.left); cx <= cell(r.right); cx += 1)
      for (let cy = cell(r.top); cy <= cell(r.bottom); cy += 1)
        if (cells.get(cx * 65536 + cy)?.some((o) => overlaps(r, o))) return true;
    return false;
  };
}

export function placeLabels(
  boxes: readonly LabelBox[],
  view: {
    width: number;
    height: number;
    zoom: number;
    obstacles?: readonly Rect[];
    /** Instead of `obstacles`: whether a box touches one (the map passes its kept grid of markers, marker-grid.ts). */
    covers?: (r: Rect) => boolean;
  },
): PlacedLabel[] {
  const maxRank = maxRankAtZoom(view.zoom);
  const inside = (r: Rect) => r.left >= 0 && r.top >= 0 && r.right <= view.width && r.bottom <= view.height;
  const placed: PlacedLabel[] = [];
  // The country names of the Tumen close-up show only there, but then before anything else.
  const close = view.zoom >= TUMEN_CLOSE_UP_ZOOM;
  const shown = (box: LabelBox) => (box.kind === 'tumen-country' ? close : box.rank <= maxRank);
  const priority = (box: LabelBox) => (box.kind === 'tumen-country' ? -1 : box.rank);
  const ordered = boxes
    .map((box, order) => ({ box, order }))
    .filter(({ box }) => shown(box) && box.width > 0)
    .sort((a, b) => priority(a.box) - priority(b.box) || a.order - b.order);
  const covers = view.covers ?? obstacleIndex(view.obstacles ?? []);
  for (const { box } of ordered) {
    const chosen = candidates(box).find((r) => inside(r) && !placed.some((p) => overlaps(r, p, PADDING)) && !covers(r));
    if (chosen) placed.push({ id: box.id, ...chosen, leader: isPoint(box) && distanceTo(box, chosen) > LEADER_FROM });
  }
  return placed;
}
