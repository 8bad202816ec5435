import { describe, expect, it } from 'vitest';
import { maxRankAtZoom, overlaps, placeLabels, type LabelBox } from './label-placement';
import { MIN_MARKER_DISTANCE, spreadPoints, type ScreenPoint } from './marker-spread';

const box = (id: string, x: number, y: number, overrides: Partial<LabelBox> = {}): LabelBox => ({
  id,
  kind: 'city',
  rank: 1,
  x,
  y,
  width: 80,
  height: 14,
  ...overrides,
});
const view = { width: 400, height: 300, zoom: 6 };

describe('placeLabels', () => {
  it('places two labels of twin towns 3 px apart on either side, without overlap', () => {
    const placed = placeLabels([box('blagoveshchensk', 200, 150), box('heihe', 201, 152)], view);
    expect(placed.map((p) => p.id)).toEqual(['blagoveshchensk', 'heihe']);
    const [a, b] = placed;
    expect(a && b && overlaps(a, b)).toBe(false);
  });

  it('never overlaps two labels, and drops the lower-ranked one when there is no room', () => {
    const crowd = Array.from({ length: 30 }, (_, i) =>
      box(`c${i}`, 200 + (i % 3), 150 + (i % 5), { rank: i < 2 ? 1 : 3 }),
    );
    const placed = placeLabels(crowd, view);
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed.map((p) => p.id)).toEqual(expect.arrayContaining(['c0', 'c1']));
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b), `${a.id}/${b.id}`).toBe(false);
  });

  it('shows more ranks as one zooms in, and keeps labels inside the map', () => {
    const labels = [box('big', 100, 100, { rank: 1 }), box('small', 300, 200, { rank: 4 }), box('edge', 395, 10)];
    expect(placeLabels(labels, { ...view, zoom: 4 }).map((p) => p.id)).toEqual(['big', 'edge']);
    expect(placeLabels(labels, { ...view, zoom: 8 }).map((p) => p.id)).toContain('small');
    const edge = placeLabels(labels, view).find((p) => p.id === 'edge');
    expect(edge && edge.right <= 400 && edge.left >= 0).toBe(true);
    expect(maxRankAtZoom(3)).toBeLessThan(maxRankAtZoom(10));
  });

  it('names the Tumen close-up countries only when zoomed in, and before the places there', () => {
    const tumen = [
      box('bridge', 200, 150, { kind: 'place', rank: 6 }),
      box('russia', 205, 150, { kind: 'tumen-country', rank: 7 }),
    ];
    expect(placeLabels(tumen, { ...view, zoom: 9 }).map((p) => p.id)).toEqual(['bridge']);
    expect(placeLabels(tumen, { ...view, zoom: 10 })[0]?.id).toBe('russia');
  });

  it('prefers a side clear of markers', () => {
    const marker = { left: 205, top: 140, right: 225, bottom: 160 };
    const [placed] = placeLabels([box('khabarovsk', 200, 150)], { ...view, obstacles: [marker] });
    expect(placed && overlaps(placed, marker)).toBe(false);
    expect(placed?.leader).toBe(false);
  });

  it('never covers a marker: in a crowd of markers the label moves out, joined by a leader line, or is left out', () => {
    // A 5 × 5 block of 20 px markers around the city, 22 px apart (as spread), and nothing free beyond 80 px.
    const markers = Array.from({ length: 25 }, (_, i) => {
      const [cx, cy] = [200 + ((i % 5) - 2) * 22, 150 + (Math.floor(i / 5) - 2) * 22];
      return { left: cx - 10, top: cy - 10, right: cx + 10, bottom: cy + 10 };
    });
    const [placed] = placeLabels([box('vladivostok', 200, 150)], { ...view, obstacles: markers });
    expect(placed).toBeDefined();
    for (const m of markers) expect(overlaps(placed!, m)).toBe(false);
    expect(placed?.leader).toBe(true);
    const wall = Array.from({ length: 20 * 15 }, (_, i) => {
      const [cx, cy] = [(i % 20) * 20 + 10, Math.floor(i / 20) * 20 + 10];
      return { left: cx - 10, top: cy - 10, right: cx + 10, bottom: cy + 10 };
    });
    expect(placeLabels([box('vladivostok', 200, 150)], { ...view, obstacles: wall })).toEqual([]);
  });
});

const spread = (points: ScreenPoint[]) => {
  const offsets = spreadPoints(points);
  return points.map((p) => ({
    id: p.id,
    x: p.x + (offsets.get(p.id)?.dx ?? 0),
    y: p.y + (offsets.get(p.id)?.dy ?? 0),
  }));
};

describe('spreadPoints', () => {
  it('leaves a marker alone when nothing is near it', () => {
    expect(
      spreadPoints([
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 100, y: 0 },
      ]).size,
    ).toBe(0);
  });

  it.each([2, 3, 5, 9])('moves %i markers at one spot apart far enough to click each', (n) => {
    const moved = spread(Array.from({ length: n }, (_, i) => ({ id: `p${i}`, x: 50, y: 50 })));
    for (const a of moved)
      for (const b of moved)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MIN_MARKER_DISTANCE - 0.5);
  });

  it('keeps the tripoint, Fangchuan and the Friendship Bridge apart, each near its place and on its side', () => {
    const moved = spread([
      { id: 'fangchuan', x: 100, y: 98 },
      { id: 'tumen-tripoint', x: 100, y: 101 },
      { id: 'friendship-bridge', x: 103, y: 101 },
    ]);
    const [f, t, b] = moved;
    expect(f && t && f.y < t.y).toBe(true);
    expect(b && t && b.x > t.x).toBe(true);
    for (const p of moved) expect(Math.hypot(p.x - 101, p.y - 100)).toBeLessThan(MIN_MARKER_DISTANCE * 1.5);
  });

  it('opens each crowded spot on its own, moving each marker less than a marker width (no ring around the region)', () => {
    const spots = [0, 60, 120, 180].flatMap((x) => [
      { id: `a${x}`, x, y: 0 },
      { id: `b${x}`, x: x + 4, y: 3 },
      { id: `c${x}`, x: x + 2, y: -3 },
    ]);
    const offsets = spreadPoints(spots);
    expect(offsets.size).toBe(spots.length);
    for (const o of offsets.values()) expect(Math.hypot(o.dx, o.dy)).toBeLessThan(MIN_MARKER_DISTANCE);
    const moved = spread(spots);
    for (const a of moved)
      for (const b of moved)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MIN_MARKER_DISTANCE - 0.5);
  });
});
