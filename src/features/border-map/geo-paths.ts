import type { FeatureCollection, Geometry, Position } from 'geojson';

/**
 * GeoJSON as SVG path data in Web Mercator pixels at zoom 0 (the world is 256 px wide, as in Leaflet's EPSG:3857).
 * The map projects the 1:10m shapes once, here, and follows every zoom and pan with one transform (geo-svg-layer.ts)
 * instead of re-projecting some 13,000 vertices on every zoom; the SVG export (map-export.ts) draws the same paths.
 * Pure: no Leaflet, no DOM.
 */
export interface PathStyle {
  className: string;
  /** Stroke width in screen pixels; no stroke when absent. */
  weight?: number;
  fill?: boolean;
}

export interface GeoPath {
  d: string;
  style: PathStyle;
}

const WORLD = 256;
const MAX_LATITUDE = 85.0511287798;
/** Five decimals of a zoom-0 pixel are 0.04 px at zoom 12, the map's closest. */
const round = (n: number): string => String(Math.round(n * 1e5) / 1e5);

/** Spherical Mercator, as Leaflet's CRS.EPSG3857 at zoom 0: [x, y] in pixels from the top-left of the world. */
export function mercatorPixel(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * WORLD;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * WORLD;
  return [x, y];
}

function ringPath(ring: readonly Position[], close: boolean): string {
  const parts = ring.map(([lon = 0, lat = 0], i) => {
    const [x, y] = mercatorPixel(lon, lat);
    return `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
  });
  return parts.join('') + (close && parts.length ? 'Z' : '');
}

/** One geometry as path data (empty for points and empty geometries). */
export function geometryPath(geometry: Geometry | null): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => ringPath(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map((r) => ringPath(r, true))).join('');
    case 'LineString':
      return ringPath(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ringPath(l, false)).join('');
    case 'GeometryCollection':
      return geometry.geometries.map(geometryPath).join('');
    default:
      return '';
  }
}

/** One path per feature (so each country or border stays its own element), styled by `style`. */
export function collectionPaths<P>(
  collection: FeatureCollection<Geometry, P>,
  style: (properties: P) => PathStyle,
): GeoPath[] {
  return collection.features.flatMap((f) => {
    const d = geometryPath(f.geometry);
    return d ? [{ d, style: style(f.properties) }] : [];
  });
}
