import { CRS, latLng } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { collectionPaths, geometryPath, mercatorPixel, strokePieces } from './geo-paths';

describe('geo paths', () => {
  it('projects as Leaflet does at zoom 0 (Vladivostok, the tripoint, Manzhouli)', () => {
    for (const [lat, lon] of [
      [43.1155, 131.8855],
      [42.4297, 130.6375],
      [49.5978, 117.4347],
    ] as const) {
      const leaflet = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), 0);
      const [x, y] = mercatorPixel(lon, lat);
      expect(x).toBeCloseTo(leaflet.x, 6);
      expect(y).toBeCloseTo(leaflet.y, 6);
    }
  });

  it('closes polygon rings, leaves lines open, and skips points', () => {
    const ring = [
      [120, 40],
      [121, 40],
      [121, 41],
      [120, 40],
    ];
    expect(geometryPath({ type: 'Polygon', coordinates: [ring] })).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){3}Z$/);
    expect(geometryPath({ type: 'LineString', coordinates: ring })).not.toContain('Z');
    const paths = collectionPaths(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'LineString', coordinates: ring } },
          { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'Point', coordinates: [120, 40] } },
        ],
      },
      (p) => ({ className: `line-${p.id}`, weight: 1 }),
    );
    expect(paths.map((p) => p.style.className)).toEqual(['line-a']);
  });

  it('cuts a stroke into runs that share their end vertices, keeping every segment once', () => {
    const line = 'M0 0L1 0L2 0L3 0L4 0';
    expect(strokePieces(line, 2)).toEqual(['M0 0L1 0L2 0', 'M2 0L3 0L4 0']);
    expect(strokePieces(line, 3)).toEqual(['M0 0L1 0L2 0L3 0', 'M3 0L4 0']);
    expect(strokePieces(line, 10)).toEqual([line]);
  });

  it('closes a ring with its first vertex and keeps each subpath apart', () => {
    expect(strokePieces('M0 0L1 0L1 1ZM5 5L6 6', 2)).toEqual(['M0 0L1 0L1 1', 'M1 1L0 0', 'M5 5L6 6']);
    expect(strokePieces('M7 7', 2)).toEqual(['M7 7']);
  });
});
