// Small geometry helpers for the build-time geo scripts: rectangle clipping of rings and lines, Douglas–Peucker
// simplification and rounding. Plain functions on [lon, lat] arrays, so the scripts need no geometry library.

/** Sutherland–Hodgman against one rectangle [west, south, east, north]: a ring stays closed; null when nothing is left. */
export function clipRing(ring, [west, south, east, north]) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => cross(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => cross(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => cross(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => cross(a, b, 1, north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const next = [];
    points.forEach((p, i) => {
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(p)) {
        if (!inside(prev)) next.push(intersect(prev, p));
        next.push(p);
      } else if (inside(prev)) next.push(intersect(prev, p));
    });
    points = next;
    if (points.length === 0) return null;
  }
  return points.length >= 3 ? [...points, points[0]] : null;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

const inBox = ([x, y], [west, south, east, north]) => x >= west && x <= east && y >= south && y <= north;

/** Keeps the parts of a line inside the rectangle (points outside end a part; the rectangle is generous). */
export function clipLine(line, box) {
  const parts = [];
  let part = [];
  for (const p of line) {
    if (inBox(p, box)) part.push(p);
    else if (part.length) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length) parts.push(part);
  return parts.filter((l) => l.length >= 2);
}

/** Douglas–Peucker with a tolerance in degrees; the first and last points always stay. */
export function simplify(line, tolerance) {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let index = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const d = distanceToSegment(line[i], line[first], line[last]);
      if (d > max) [index, max] = [i, d];
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

export function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** 4 decimals ≈ 10 m, 3 ≈ 100 m (under one pixel at the map's zoom 10 for land and coast). */
export const roundLine = (line, digits = 4) => {
  const f = 10 ** digits;
  return line.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]);
};

/** Even–odd test of a point against one ring. */
export function inRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
