import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Natural Earth's id for Antarctica: it reaches −90°, which Web Mercator cannot show. */
export const ANTARCTICA_ID = '010';

/**
 * A ring that crosses ±180° (Russia's Chukotka, Fiji) jumps by more than 180° of longitude between two points, which
 * Leaflet draws as a streak across the whole map. Shifting that ring's western half by +360° keeps it in one piece.
 */
export function fixAntimeridianRing(ring: Position[]): Position[] {
  const crosses = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
  return crosses ? ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function fixGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(fixAntimeridianRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(fixAntimeridianRing)) };
  }
  return geometry;
}

/** Country shapes ready for Leaflet: no Antarctica, no ring wrapping the globe the wrong way. */
export function prepareCountries(collection: FeatureCollection): FeatureCollection {
  const features: Feature[] = collection.features
    .filter((f) => String(f.id) !== ANTARCTICA_ID)
    .map((f) => ({ ...f, geometry: fixGeometry(f.geometry) }));
  return { type: 'FeatureCollection', features };
}
