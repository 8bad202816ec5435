import { describe, expect, it } from 'vitest';
import { mercatorPixel } from './geo-paths';
import { placeLabels } from './label-placement';
import { gridAtZoom, markerGrid } from './marker-grid';

describe('markerGrid', () => {
  // Two markers at zoom 0 pixels (10, 10) and (100.4, 50), half widths 6 and 11, seen at zoom 1 (scale 2):
  // their boxes are x 14–26, y 14–26 and x 190–212 (201 rounded ± 11), y 89–111.
  const grid = markerGrid(Float64Array.from([10, 10, 100.4, 50]), Float64Array.from([6, 11]), 2);

  it('finds a box touching a marker, in any cell around it', () => {
    expect(grid.hits(20, 20, 30, 30)).toBe(true);
    expect(grid.hits(0, 0, 15, 15)).toBe(true);
    expect(grid.hits(205, 100, 300, 120)).toBe(true);
    // Across the edge of a 64 px cell: the box is in the 32 px cell x 160–191, the marker's centre (201) in the next.
    expect(grid.hits(185, 95, 191, 100)).toBe(true);
  });

  it('does not count a box beside a marker or touching only its edge', () => {
    expect(grid.hits(26, 0, 60, 60)).toBe(false);
    expect(grid.hits(0, 0, 14, 14)).toBe(false);
    expect(grid.hits(150, 112, 250, 130)).toBe(false);
    expect(grid.hits(300, 300, 400, 400)).toBe(false);
  });
});

describe('gridAtZoom', () => {
  it('places a label clear of the markers it indexes', () => {
    const markers = [{ lat: 48.5, lon: 135, half: 6 }];
    const grid = gridAtZoom(markers, 6);
    // The marker's world pixel at zoom 6, rounded as Leaflet rounds it.
    const [x, y] = mercatorPixel(135, 48.5).map((v) => Math.round(v * 64)) as [number, number];
    expect(grid.hits(x - 1, y - 1, x + 1, y + 1)).toBe(true);
    expect(gridAtZoom(markers, 6)).toBe(grid);
    // A view whose top left corner is 100 px up and left of the marker: the label's anchor is 4 px from the marker.
    const [offX, offY] = [x - 100, y - 100];
    const covers = (r: { left: number; top: number; right: number; bottom: number }) =>
      grid.hits(r.left + offX, r.top + offY, r.right + offX, r.bottom + offY);
    const [placed] = placeLabels([{ id: 'heihe', kind: 'city', rank: 1, x: 104, y: 100, width: 60, height: 14 }], {
      width: 400,
      height: 300,
      zoom: 6,
      covers,
    });
    expect(placed).toBeDefined();
    expect(placed!.left >= 106 || placed!.right <= 94 || placed!.top >= 106 || placed!.bottom <= 94).toBe(true);
  });
});
