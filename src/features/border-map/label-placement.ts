/**
 * Locator-map labelling, pure: labels are placed greedily in priority order (rank 0 first), each at the first of its
 * candidate positions that stays inside the map and clear of every label already placed; a label with no free
 * position is left out. Fewer ranks are shown at low zoom. Markers are soft obstacles: the free position covering
 * the fewest is taken, but a label is not dropped only because markers crowd it (labels never take clicks).
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
const GAP = 7;
const PADDING = 2;

function candidates(box: LabelBox): Rect[] {
  const { x, y, width: w, height: h } = box;
  const at = (left: number, top: number): Rect => ({ left, top, right: left + w, bottom: top + h });
  // An area's name may move off its centre, a little up or down first, to clear a city or a marker.
  if (box.kind === 'country' || box.kind === 'sea' || box.kind === 'tumen-country')
    return [0, -1.5, 1.5, -3, 3].map((k) => at(x - w / 2, y - h / 2 + k * h));
  return [
    at(x + GAP, y - h / 2),
    at(x - GAP - w, y - h / 2),
    at(x - w / 2, y - GAP - h),
    at(x - w / 2, y + GAP),
    at(x + GAP, y - h - 2),
    at(x - GAP - w, y + 2),
  ];
}

export const overlaps = (a: Rect, b: Rect, padding = 0): boolean =>
  a.left < b.right + padding && b.left < a.right + padding && a.top < b.bottom + padding && b.top < a.bottom + padding;

export function placeLabels(
  boxes: readonly LabelBox[],
  view: { width: number; height: number; zoom: number; obstacles?: readonly Rect[] },
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
  for (const { box } of ordered) {
    const free = candidates(box).filter((r) => inside(r) && !placed.some((p) => overlaps(r, p, PADDING)));
    // The free position covering the fewest markers (the first such, in the order of preference).
    const covered = free.map((r) => (view.obstacles ?? []).filter((o) => overlaps(r, o)).length);
    const fewest = Math.min(...covered);
    const chosen = free.find((_, i) => covered[i] === fewest);
    if (chosen) placed.push({ id: box.id, ...chosen });
  }
  return placed;
}
