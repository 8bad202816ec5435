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
  /**
   * A solid, opaque stroke without fill: the map may draw it in pieces (strokePieces). Not for a dashed line (the
   * pattern would restart at each piece) or a translucent one (the overlapping caps would show darker).
   */
  pieces?: boolean;
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

/**
 * A stroke-only path cut into runs of at most `size` segments, each starting at the vertex where the one before ended
 * (with round caps the seams do not show). The browser rasterises a map layer tile by tile and strokes every path
 * that touches a tile in full: one 1:10m coastline crossed every tile and was stroked some 15 times per zoom, most of
 * the wheel-zoom frame time; short runs are skipped by the tiles they do not touch. Pure, on path data as written by
 * ringPath (absolute M and L, Z closing a ring).
 */
export function strokePieces(d: string, size = 64): string[] {
  const pieces: string[] = [];
  for (const subpath of d.split('M').filter(Boolean)) {
    const closed = subpath.endsWith('Z');
    const points = (closed ? subpath.slice(0, -1) : subpath).split('L');
    if (closed && points.length > 1) points.push(points[0] ?? '');
    if (points.length === 1) pieces.push(`M${points[0]}`);
    for (let i = 0; i < points.length - 1; i += size) pieces.push(`M${points.slice(i, i + size + 1).join('L')}`);
  }
  return pieces;
}
