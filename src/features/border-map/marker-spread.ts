/**
 * Spreads markers that would overlap on screen around their common centre, so that every place can be hovered and
 * clicked at every zoom (the Tumen tripoint, Fangchuan and the Friendship Bridge sit within 5 km of each other). Pure:
 * pixel positions in, pixel offsets out; the map draws a leader line from each moved marker to its true position.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

/** Markers are 20 px wide; this keeps 2 px between two of them. */
export const MIN_MARKER_DISTANCE = 22;

/** A direction for two markers at the very same spot, fixed by their ids so the layout never flickers. */
function tieAngle(a: string, b: string): number {
  let hash = 0;
  for (const c of a + '|' + b) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return ((hash % 360) * Math.PI) / 180;
}

/**
 * Pushes every pair of markers closer than `min` apart, half each, along the line between them, until none overlaps
 * (a few dozen rounds for the densest corner): each marker moves only as far as its neighbours require, so markers
 * stay near their places and a cluster opens up like a flower instead of chaining into one ring.
 */
export function spreadPoints(
  points: readonly ScreenPoint[],
  min = MIN_MARKER_DISTANCE,
  rounds = 200,
): Map<string, Offset> {
  const at = points.map((p) => ({ x: p.x, y: p.y }));
  for (let round = 0; round < rounds; round += 1) {
    let overlapping = false;
    const cells = new Map<string, number[]>();
    at.forEach((p, i) => {
      const key = `${Math.floor(p.x / min)},${Math.floor(p.y / min)}`;
      cells.set(key, [...(cells.get(key) ?? []), i]);
    });
    at.forEach((p, i) => {
      const cx = Math.floor(p.x / min);
      const cy = Math.floor(p.y / min);
      for (let dx = -1; dx <= 1; dx += 1)
        for (let dy = -1; dy <= 1; dy += 1)
          for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
            const q = at[j];
            if (j <= i || !q) continue;
            const distance = Math.hypot(q.x - p.x, q.y - p.y);
            if (distance >= min - 0.01) continue;
            overlapping = true;
            const angle =
              distance < 1e-6 ? tieAngle(points[i]?.id ?? '', points[j]?.id ?? '') : Math.atan2(q.y - p.y, q.x - p.x);
            const push = (min - distance) / 2 + 0.05;
            p.x -= Math.cos(angle) * push;
            p.y -= Math.sin(angle) * push;
            q.x += Math.cos(angle) * push;
            q.y += Math.sin(angle) * push;
          }
    });
    if (!overlapping) break;
  }
  const offsets = new Map<string, Offset>();
  points.forEach((p, i) => {
    const q = at[i];
    if (q && (Math.abs(q.x - p.x) > 0.01 || Math.abs(q.y - p.y) > 0.01))
      offsets.set(p.id, { dx: q.x - p.x, dy: q.y - p.y });
  });
  return offsets;
}
